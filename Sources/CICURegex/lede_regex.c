#include "lede_regex.h"

#include <stdlib.h>
#include <unicode/uregex.h>

struct lede_regex {
  URegularExpression *icu;
  int (*may_continue)(void *context);
  void *context;
};

static UBool lede_regex_callback(const void *context, int32_t steps) {
  (void)steps;
  const struct lede_regex *regex = context;
  return regex->may_continue(regex->context) ? 1 : 0;
}

lede_regex *lede_regex_open(
    const uint16_t *pattern, int32_t length, int ignore_case, const char **error_name, int32_t *error_offset) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error;
  URegularExpression *icu = uregex_open(pattern, length, ignore_case ? UREGEX_CASE_INSENSITIVE : 0, &parse_error, &status);
  if (U_FAILURE(status)) {
    if (icu) uregex_close(icu);
    *error_name = u_errorName(status);
    *error_offset = parse_error.offset;
    return NULL;
  }
  struct lede_regex *regex = calloc(1, sizeof *regex);
  if (!regex) {
    uregex_close(icu);
    *error_name = "out of memory";
    *error_offset = 0;
    return NULL;
  }
  regex->icu = icu;
  return regex;
}

void lede_regex_close(lede_regex *regex) {
  if (!regex) return;
  uregex_close(regex->icu);
  free(regex);
}

lede_regex_result lede_regex_find_all(
    lede_regex *regex, const uint16_t *text, int32_t length, int (*may_continue)(void *context),
    void (*found)(void *context, int32_t start, int32_t end), void *context, const char **error_name) {
  UErrorCode status = U_ZERO_ERROR;
  regex->may_continue = may_continue;
  regex->context = context;
  uregex_setMatchCallback(regex->icu, lede_regex_callback, regex, &status);
  uregex_setText(regex->icu, text, length, &status);
  while (U_SUCCESS(status) && uregex_findNext(regex->icu, &status)) {
    int32_t start = uregex_start(regex->icu, 0, &status);
    int32_t end = uregex_end(regex->icu, 0, &status);
    if (U_SUCCESS(status)) found(context, start, end);
  }
  if (status == U_REGEX_STOPPED_BY_CALLER) return LEDE_REGEX_STOPPED;
  if (status == U_REGEX_STACK_OVERFLOW || status == U_REGEX_TIME_OUT) return LEDE_REGEX_TOO_DEEP;
  if (U_FAILURE(status)) {
    *error_name = u_errorName(status);
    return LEDE_REGEX_FAILED;
  }
  return LEDE_REGEX_DONE;
}
