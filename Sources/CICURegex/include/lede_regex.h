// ICU's regular expressions (uregex) behind a small C interface without ICU types: Foundation
// carries an ICU module of its own whose types clash with the system ICU's, so no Swift module
// may see <unicode/*.h>. Text and patterns are UTF-16; offsets are UTF-16 code units.
#ifndef LEDE_REGEX_H
#define LEDE_REGEX_H

#include <stdint.h>

typedef struct lede_regex lede_regex;

/// How matching ended.
typedef enum {
  LEDE_REGEX_DONE = 0,
  /// `may_continue` said no.
  LEDE_REGEX_STOPPED = 1,
  /// ICU's backtracking stack ran out.
  LEDE_REGEX_TOO_DEEP = 2,
  /// Another ICU error; its name is in `*error_name`.
  LEDE_REGEX_FAILED = 3,
} lede_regex_result;

/// Compiles `pattern`; on an error returns NULL with ICU's error name and the offset (in UTF-16
/// units of the pattern) where it was found.
lede_regex *lede_regex_open(
    const uint16_t *pattern, int32_t length, int ignore_case, const char **error_name, int32_t *error_offset);

void lede_regex_close(lede_regex *regex);

/// Calls `found` for each non-overlapping match in `text`, in order. ICU calls `may_continue`
/// every few thousand steps of its match engine; returning 0 ends matching.
lede_regex_result lede_regex_find_all(
    lede_regex *regex, const uint16_t *text, int32_t length, int (*may_continue)(void *context),
    void (*found)(void *context, int32_t start, int32_t end), void *context, const char **error_name);

#endif
