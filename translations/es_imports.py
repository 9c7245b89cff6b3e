# Spanish for the strings of the custom-role import fixes: a code taken in another case, the store
# that is not ours, and the values a roles file may give (ranges, whole numbers, US dollars only).
ES = {
 # A file's code that is one of the user's roles in another case
 '%1 (yours is %2)': '%1 (el suyo es %2)',
}
