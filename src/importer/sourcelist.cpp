// SPDX-License-Identifier: MIT
#include "sourcelist.h"

namespace cc::import
{

QString onetCredit(const QString &onetRelease)
{
    return QStringLiteral("O*NET %1 Database by the U.S. Department of Labor, Employment and Training "
                          "Administration (USDOL/ETA). Used under the CC BY 4.0 license.")
        .arg(onetRelease);
}

QVector<SourceInfo> sourceList(const QString &onetRelease)
{
    return {
        { Source::Onet, QStringLiteral("O*NET Database"), onetRelease, onetCredit(onetRelease),
            QStringLiteral("CC BY 4.0") },
        { Source::Oews, QStringLiteral("BLS Occupational Employment and Wage Statistics"), OewsRelease,
            QStringLiteral("U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics "
                           "(OEWS), May 2024 "
                           "national cross-industry estimates."),
            QStringLiteral("Public domain (U.S. government work)") },
        { Source::Projections, QStringLiteral("BLS Employment Projections"), ProjectionsRelease,
            QStringLiteral("U.S. Bureau of Labor Statistics, Employment Projections 2024\u201334, Table 1.2: "
                           "occupational "
                           "projections and worker characteristics."),
            QStringLiteral("Public domain (U.S. government work)") },
        { Source::Crosswalk, QStringLiteral("BLS 2010 to 2018 SOC crosswalk"), QStringLiteral("2018"),
            QStringLiteral("U.S. Bureau of Labor Statistics, 2010 SOC to 2018 SOC crosswalk."),
            QStringLiteral("Public domain (U.S. government work)") },
        { Source::FreyOsborne, QStringLiteral("Frey & Osborne probability of computerisation"),
            QStringLiteral("2013/2017"),
            QStringLiteral(
                "C. B. Frey and M. A. Osborne, \"The Future of Employment: How Susceptible Are Jobs to "
                "Computerisation?\", Technological Forecasting and Social Change 114 (2017) 254\u2013280."),
            QStringLiteral("Figures from the published paper; cite the authors") },
        { Source::Eloundou, QStringLiteral("GPTs are GPTs: LLM exposure"), QStringLiteral("2023"),
            QStringLiteral(
                "T. Eloundou, S. Manning, P. Mishkin and D. Rock, \"GPTs are GPTs: An Early Look at the "
                "Labor "
                "Market Impact Potential of Large Language Models\" (2023); occupation-level data, human "
                "ratings, exposure \u03b2."),
            QStringLiteral("MIT (data repository)") },
        { Source::DingelNeiman, QStringLiteral("Dingel & Neiman teleworkable occupations"),
            QStringLiteral("2020"),
            QStringLiteral(
                "J. I. Dingel and B. Neiman, \"How Many Jobs Can be Done at Home?\", Journal of Public "
                "Economics 189 (2020) 104235."),
            QStringLiteral("GPL-3.0 (data repository); cite the paper") },
        { Source::Mobility, QStringLiteral("Occupational mobility from the CPS ASEC"),
            QStringLiteral("2021 (survey years not stated)"),
            QStringLiteral(
                "R. M. del Rio-Chanona, P. Mealy, M. Beguerisse-D\u00edaz, F. Lafond and J. D. Farmer, "
                "\"Occupational mobility and automation: a data-driven network model\", Journal of "
                "the Royal Society Interface 18 (2021) 20200898; from the U.S. Census Bureau / BLS "
                "Current Population Survey, Annual Social and Economic Supplement."),
            QStringLiteral("CC BY 4.0") },
        { Source::Esco, QStringLiteral("ESCO classification (occupations, Spanish labels)"),
            QStringLiteral("v1.0 (exported 2020)"),
            QStringLiteral("This product uses the ESCO classification of the European Commission."),
            QStringLiteral("\u00a9 European Union; reuse with acknowledgement (Commission Decision "
                           "2011/833/EU)") },
        { Source::EscoCrosswalk, QStringLiteral("Nesta ESCO\u2013O*NET crosswalk"),
            QStringLiteral("November 2020"),
            QStringLiteral("Kanders K., Djumalieva J., Sleeman C. and Orlik J. (2020). Mapping Career "
                           "Causeways: Supporting workers at risk. London: Nesta (ESCO\u2013O*NET "
                           "crosswalk)."),
            QStringLiteral("MIT") },
        { Source::SeedPage, QStringLiteral("Career comparison web page"), QStringLiteral("as captured"),
            QStringLiteral("The public career comparison web page Career Compare grew from (AI Multimodal "
                           "Systems Engineer "
                           "vs AI On-Device AI Engineer); its own figures, not from official statistics."),
            QStringLiteral("Facts quoted from the page") },
    };
}

} // namespace cc::import
