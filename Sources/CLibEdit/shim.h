// libedit for Swift: `el_set` and `history` are C variadic functions, which Swift cannot call,
// so every use lede makes of them has a small non-variadic wrapper here.
#include <stdio.h>
#include <histedit.h>

typedef char *(*lede_prompt_function)(EditLine *);
typedef unsigned char (*lede_key_function)(EditLine *, int);

static inline int lede_el_set_prompt(EditLine *el, lede_prompt_function function) {
  return el_set(el, EL_PROMPT, function);
}
static inline int lede_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int lede_el_set_history(EditLine *el, History *list) {
  return el_set(el, EL_HIST, history, list);
}
static inline int lede_el_add_function(
    EditLine *el, const char *name, const char *help, lede_key_function function) {
  return el_set(el, EL_ADDFN, name, help, function);
}
static inline int lede_el_bind(EditLine *el, const char *key, const char *function) {
  return el_set(el, EL_BIND, key, function, NULL);
}
/// Makes ^C a key that libedit reads (instead of a signal) while a line is edited.
static inline int lede_el_keep_interrupt_key(EditLine *el) {
  return el_set(el, EL_SETTY, "-d", "-isig", NULL);
}
static inline int lede_el_set_signal_handling(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}
static inline int lede_history_set_size(History *list, int size) {
  HistEvent event;
  return history(list, &event, H_SETSIZE, size);
}
static inline int lede_history_set_unique(History *list, int unique) {
  HistEvent event;
  return history(list, &event, H_SETUNIQUE, unique);
}
static inline int lede_history_enter(History *list, const char *line) {
  HistEvent event;
  return history(list, &event, H_ENTER, line);
}
static inline int lede_history_load(History *list, const char *path) {
  HistEvent event;
  return history(list, &event, H_LOAD, path);
}
static inline int lede_history_save(History *list, const char *path) {
  HistEvent event;
  return history(list, &event, H_SAVE, path);
}
