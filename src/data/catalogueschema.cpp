// SPDX-License-Identifier: MIT
#include "catalogueschema.h"

namespace cc::schema
{

QStringList catalogueTables()
{
    return {
        QStringLiteral("CREATE TABLE metadata (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sources (id TEXT PRIMARY KEY, name TEXT NOT NULL, release TEXT NOT NULL,"
                       " citation TEXT NOT NULL, licence TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE roles ("
            " code TEXT PRIMARY KEY, title TEXT NOT NULL, category TEXT NOT NULL, origin TEXT NOT NULL"
            " CHECK (origin IN ('onet','seed')), soc_code TEXT,"
            " salary_low INTEGER, salary_p25 INTEGER, salary_median INTEGER, salary_p75 INTEGER, salary_high "
            "INTEGER,"
            " salary_top_coded TEXT NOT NULL DEFAULT '', salary_currency TEXT NOT NULL DEFAULT 'USD', "
            "salary_year INTEGER,"
            " wage_employment INTEGER,"
            " employment_2024 REAL, employment_2034 REAL, growth_percent REAL, annual_openings REAL,"
            " demand_score REAL, bright_outlook INTEGER, ai_risk_percent REAL, llm_exposure_percent REAL,"
            " learning_months INTEGER, education_months REAL, training_months REAL, experience_months REAL,"
            " job_zone INTEGER, difficulty TEXT, typical_education TEXT, work_experience TEXT, job_training "
            "TEXT,"
            " entry_barrier TEXT, telework_share REAL, remote_friendly TEXT, requires_coding INTEGER,"
            " interest_realistic REAL, interest_investigative REAL, interest_artistic REAL, interest_social "
            "REAL,"
            " interest_enterprising REAL, interest_conventional REAL)"),
        // One row per role and field: where the value came from, or why it is missing.
        QStringLiteral(
            "CREATE TABLE provenance (role_code TEXT NOT NULL REFERENCES roles(code), field TEXT NOT NULL,"
            " status TEXT NOT NULL CHECK (status IN ('known','estimate','missing')),"
            " source_id TEXT REFERENCES sources(id), note TEXT NOT NULL DEFAULT '', note_parts TEXT,"
            " PRIMARY KEY (role_code, field))"),
        QStringLiteral("CREATE TABLE alternate_titles (role_code TEXT NOT NULL REFERENCES roles(code),"
                       " title TEXT NOT NULL, short_title TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX alternate_titles_title ON alternate_titles (title COLLATE NOCASE)"),
        // Only 3,548 of the 48,597 alternate titles have a short form: a partial index (86 KB).
        QStringLiteral("CREATE INDEX alternate_titles_short ON alternate_titles (short_title COLLATE NOCASE)"
                       " WHERE short_title <> ''"),
        QStringLiteral(
            "CREATE TABLE related_roles (role_code TEXT NOT NULL REFERENCES roles(code),"
            " related_code TEXT NOT NULL REFERENCES roles(code), tier TEXT NOT NULL, rank INTEGER NOT NULL,"
            " PRIMARY KEY (role_code, related_code))"),
        QStringLiteral("CREATE TABLE skill_entities (id TEXT PRIMARY KEY, name TEXT NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('skill','knowledge','technology','topic')))"),
        QStringLiteral(
            "CREATE TABLE role_skills (role_code TEXT NOT NULL REFERENCES roles(code), position INTEGER NOT "
            "NULL,"
            " label TEXT NOT NULL, kind TEXT NOT NULL, importance REAL, level REAL,"
            " hot INTEGER NOT NULL DEFAULT 0, in_demand INTEGER NOT NULL DEFAULT 0, source_id TEXT NOT NULL,"
            " PRIMARY KEY (role_code, position))"),
        QStringLiteral("CREATE TABLE role_skill_entities (role_code TEXT NOT NULL, position INTEGER NOT NULL,"
                       " entity_id TEXT NOT NULL REFERENCES skill_entities(id),"
                       " PRIMARY KEY (role_code, position, entity_id))"),
        // Who actually moves (CPS ASEC, del Rio-Chanona et al. 2021): the survey's occupation groups
        // (SOC 2010), each role's group(s) with employment weights, and the yearly flows out of the
        // groups some role belongs to: P(target this year | source last year).
        QStringLiteral("CREATE TABLE mobility_groups (code TEXT PRIMARY KEY, title TEXT NOT NULL,"
                       " employment REAL NOT NULL)"),
        QStringLiteral("CREATE TABLE role_mobility_groups (role_code TEXT NOT NULL REFERENCES roles(code),"
                       " cps_code TEXT NOT NULL REFERENCES mobility_groups(code), weight REAL NOT NULL,"
                       " PRIMARY KEY (role_code, cps_code)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX role_mobility_groups_cps ON role_mobility_groups (cps_code)"),
        QStringLiteral(
            "CREATE TABLE mobility_flows (source_code TEXT NOT NULL REFERENCES mobility_groups(code),"
            " target_code TEXT NOT NULL REFERENCES mobility_groups(code), probability REAL NOT NULL,"
            " PRIMARY KEY (source_code, target_code)) WITHOUT ROWID"),
        // Similarity (docs/DATA.md): per group, the mean cosine of random pairs measured at import, and
        // each role's unnormalised, sparse vector per group (IDF-weighted where the formula says so).
        QStringLiteral("CREATE TABLE similarity_groups (grp TEXT PRIMARY KEY, mu REAL NOT NULL,"
                       " roles INTEGER NOT NULL)"),
        // One row per role and group: the items, tab-separated and sorted, and their values (six
        // significant digits), in the same order.
        QStringLiteral("CREATE TABLE role_similarity (role_code TEXT NOT NULL REFERENCES roles(code),"
                       " grp TEXT NOT NULL REFERENCES similarity_groups(grp), items TEXT NOT NULL,"
                       " vals TEXT NOT NULL, PRIMARY KEY (role_code, grp))"),
        // O*NET's work-activity taxonomy (labels only; task statements stay out) and each role's DWAs.
        QStringLiteral("CREATE TABLE work_iwas (id TEXT PRIMARY KEY, title TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE work_dwas (id TEXT PRIMARY KEY, title TEXT NOT NULL,"
                       " iwa_id TEXT NOT NULL REFERENCES work_iwas(id))"),
        QStringLiteral("CREATE TABLE role_work_activities (role_code TEXT NOT NULL REFERENCES roles(code),"
                       " position INTEGER NOT NULL, dwa_id TEXT NOT NULL REFERENCES work_dwas(id),"
                       " core INTEGER NOT NULL, weight REAL NOT NULL, PRIMARY KEY (role_code, position))"
                       " WITHOUT ROWID"),
        // Spanish search terms (docs/DATA.md): ESCO labels through the Nesta crosswalk and the team's
        // own US/Latin American forms; `normalized` is searchFold(term), `weight` ranks attestation.
        QStringLiteral("CREATE TABLE role_terms (role_code TEXT NOT NULL REFERENCES roles(code),"
                       " term TEXT NOT NULL, normalized TEXT NOT NULL, origin TEXT NOT NULL"
                       " CHECK (origin IN ('esco-preferred','esco-alternate','team')), weight REAL NOT NULL,"
                       " PRIMARY KEY (role_code, normalized)) WITHOUT ROWID"),
        // The ESCO occupation whose Spanish label a role shows as its subtitle (Role::escoLabel).
        QStringLiteral("CREATE TABLE role_esco (role_code TEXT PRIMARY KEY REFERENCES roles(code),"
                       " label TEXT NOT NULL, concept_uri TEXT NOT NULL, confidence REAL NOT NULL)"),
    };
}

} // namespace cc::schema
