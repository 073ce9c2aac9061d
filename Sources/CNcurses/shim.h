#ifndef RAPPORT_CNCURSES_SHIM_H
#define RAPPORT_CNCURSES_SHIM_H

// Must come before the include, or get_wch/add_wch and cchar_t are not declared.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/ncurses.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
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
static inline int rapport_color_pairs(void) { return COLOR_PAIRS; }
static inline int rapport_key_code_yes(void) { return KEY_CODE_YES; }
static inline int rapport_err(void) { return ERR; }
static inline mmask_t rapport_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int rapport_is_click(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int rapport_is_scroll_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int rapport_is_scroll_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

// Crash safety: a Swift trap does not run ncurses' cleanup, so on a fatal signal we restore
// the saved termios, leave the alternate screen, show the cursor, reset attributes, and
// re-raise. Only async-signal-safe calls are used in the handler.
// Function-local statics: Swift's importer emits inline functions but not file-scope variables.
static inline struct termios *rapport_saved_termios(void) { static struct termios saved; return &saved; }
static inline int *rapport_has_saved_termios(void) { static int saved = 0; return &saved; }

static void rapport_crash_handler(int signal_number) {
    if (*rapport_has_saved_termios()) tcsetattr(STDIN_FILENO, TCSANOW, rapport_saved_termios());
    static const char reset[] = "\033[?1049l\033[?25h\033[0m\033[?1000l\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

static inline void rapport_save_terminal_and_install_crash_handlers(void) {
    if (tcgetattr(STDIN_FILENO, rapport_saved_termios()) == 0) *rapport_has_saved_termios() = 1;
    int signals[] = { SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE };
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = rapport_crash_handler;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND;
        sigaction(signals[i], &action, NULL);
    }
}

static inline void rapport_restore_terminal(void) {
    if (*rapport_has_saved_termios()) tcsetattr(STDIN_FILENO, TCSANOW, rapport_saved_termios());
}

// newterm wants FILE* streams for the terminal.
static inline SCREEN *rapport_newterm(const char *type) { return newterm(type, stdout, stdin); }

#endif
