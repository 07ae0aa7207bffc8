// ICU's regular expressions (uregex) for Swift. ICU renames every function with its version
// (`uregex_open_72`) through macros Swift cannot import, so each call lede makes is wrapped here.
// Only LedeRegex, which does not import Foundation, may import this module: Foundation carries an
// ICU of its own whose types clash with the system's.
#include <unicode/uregex.h>

static inline URegularExpression *lede_uregex_open(
    const UChar *pattern, int32_t length, int caseless, int32_t *errorOffset, UErrorCode *status) {
  UParseError error;
  URegularExpression *regex = uregex_open(pattern, length, caseless ? UREGEX_CASE_INSENSITIVE : 0, &error, status);
  *errorOffset = error.offset;
  return regex;
}
static inline void lede_uregex_close(URegularExpression *regex) { uregex_close(regex); }
static inline void lede_uregex_set_time_limit(URegularExpression *regex, int32_t steps, UErrorCode *status) {
  uregex_setTimeLimit(regex, steps, status);
}
static inline void lede_uregex_set_callbacks(
    URegularExpression *regex, URegexMatchCallback *match, URegexFindProgressCallback *progress, const void *context,
    UErrorCode *status) {
  uregex_setMatchCallback(regex, match, context, status);
  uregex_setFindProgressCallback(regex, progress, context, status);
}
static inline void lede_uregex_set_text(URegularExpression *regex, const UChar *text, int32_t length, UErrorCode *status) {
  uregex_setText(regex, text, length, status);
}
static inline int lede_uregex_find_next(URegularExpression *regex, UErrorCode *status) {
  return uregex_findNext(regex, status) ? 1 : 0;
}
static inline int32_t lede_uregex_start(URegularExpression *regex, UErrorCode *status) { return uregex_start(regex, 0, status); }
static inline int32_t lede_uregex_end(URegularExpression *regex, UErrorCode *status) { return uregex_end(regex, 0, status); }
static inline const char *lede_u_error_name(UErrorCode status) { return u_errorName(status); }
static inline int lede_u_failure(UErrorCode status) { return U_FAILURE(status) ? 1 : 0; }
static inline int lede_uregex_timed_out(UErrorCode status) {
  return status == U_REGEX_TIME_OUT || status == U_REGEX_STACK_OVERFLOW ? 1 : 0;
}
static inline int lede_uregex_stopped(UErrorCode status) { return status == U_REGEX_STOPPED_BY_CALLER ? 1 : 0; }
