#ifndef RAPPORT_CNCURSES_SHIM_H
#define RAPPORT_CNCURSES_SHIM_H

// Must come before the include, or get_wch/add_wch and cchar_t are not declared.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/ncurses.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

// Swift 6 treats these C globals as unsafe shared state and cannot import the macros,
// so each gets a static inline accessor.
static inline WINDOW *rapport_stdscr(void) { return stdscr; }
static inline int rapport_lines(void) { return LINES; }
static inline int rapport_cols(void) { return COLS; }
static inline attr_t rapport_a_bold(void) { return A_BOLD; }
static inline attr_t rapport_a_reverse(void) { return A_REVERSE; }
static inline attr_t rapport_a_underline(void) { return A_UNDERLINE; }
static inline attr_t rapport_a_dim(void) { return A_DIM; }
static inline attr_t rapport_a_normal(void) { return A_NORMAL; }
static inline attr_t rapport_color_pair(short n) { return COLOR_PAIR(n); }
static inline int rapport_key_f(int n) { return KEY_F(n); }
static inline int rapport_ok(void) { return OK; }
static inline int rapport_err(void) { return ERR; }
static inline int rapport_key_code_yes(void) { return KEY_CODE_YES; }
static inline mmask_t rapport_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t rapport_button1_pressed(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t rapport_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t rapport_button5_pressed(void) { return BUTTON5_PRESSED; }

#endif
