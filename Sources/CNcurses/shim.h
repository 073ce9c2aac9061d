#ifndef RAPPORT_CNCURSES_SHIM_H
#define RAPPORT_CNCURSES_SHIM_H

// Must come before the include, or get_wch/add_wch and cchar_t are not declared.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/ncurses.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// Swift 6 treats these C globals as unsafe shared state and cannot import the macros,
// so each gets a static inline accessor.
static inline WINDOW *rapport_stdscr(void) { return stdscr; }
static inline int rapport_lines(void) { return LINES; }
static inline int rapport_cols(void) { return COLS; }
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

// Leaves the alternate screen, shows the cursor, resets attributes, turns off mouse reports and
// bracketed paste.
static inline void rapport_write_terminal_reset(void) {
    if (*rapport_has_saved_termios()) tcsetattr(STDIN_FILENO, TCSANOW, rapport_saved_termios());
    static const char reset[] = "\033[?2004l\033[?1000l\033[?1006l\033[?1049l\033[?25h\033[0m\r\n";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)ignored;
}

static void rapport_crash_handler(int signal_number) {
    rapport_write_terminal_reset();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

// Quit, a broken pipe and the user signals end the dashboard: terminal back, exit 128+n.
static void rapport_exit_handler(int signal_number) {
    rapport_write_terminal_reset();
    _exit(128 + signal_number);
}

// An interrupt, a terminate request or a hang-up asks the dashboard to quit as `q` does, so it
// closes the store (the WAL folded into the file) and gives the terminal back; the loop sees
// the request within a tick. A second one ends it at once. While the terminal is lent to
// $EDITOR, a Ctrl-C there is the editor's.
static inline volatile sig_atomic_t *rapport_quit_signal(void) { static volatile sig_atomic_t received = 0; return &received; }
static inline volatile sig_atomic_t *rapport_interrupts_ignored(void) { static volatile sig_atomic_t ignored = 0; return &ignored; }
static inline int rapport_quit_requested(void) { return *rapport_quit_signal(); }
static inline void rapport_ignore_interrupts(int ignore) { *rapport_interrupts_ignored() = ignore; }

static void rapport_quit_handler(int signal_number) {
    if (signal_number == SIGINT && *rapport_interrupts_ignored()) return;
    if (*rapport_quit_signal()) rapport_exit_handler(signal_number);
    *rapport_quit_signal() = signal_number;
}

static inline void rapport_install(int signal_number, void (*handler)(int), int flags) {
    struct sigaction action, previous;
    // A signal the parent chose to ignore (nohup, a wrapper) stays ignored.
    if (sigaction(signal_number, NULL, &previous) == 0 && previous.sa_handler == SIG_IGN) return;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = flags;
    sigaction(signal_number, &action, NULL);
}

static inline void rapport_save_terminal_and_install_crash_handlers(void) {
    if (tcgetattr(STDIN_FILENO, rapport_saved_termios()) == 0) *rapport_has_saved_termios() = 1;
    int crashes[] = { SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE };
    for (unsigned i = 0; i < sizeof crashes / sizeof crashes[0]; i++) rapport_install(crashes[i], rapport_crash_handler, SA_RESETHAND);
    int exits[] = { SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2 };
    for (unsigned i = 0; i < sizeof exits / sizeof exits[0]; i++) rapport_install(exits[i], rapport_exit_handler, 0);
    // Not restarted: a read waiting for a key returns, and the loop sees the request at once.
    int quits[] = { SIGINT, SIGTERM, SIGHUP };
    for (unsigned i = 0; i < sizeof quits / sizeof quits[0]; i++) rapport_install(quits[i], rapport_quit_handler, 0);
}

// True when standard input has hung up or reached its end: poll says so, or says there is
// something to read while nothing is there.
static inline int rapport_input_closed(void) {
    struct pollfd input = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    if (poll(&input, 1, 0) < 0) return 0;
    if (input.revents & (POLLHUP | POLLERR | POLLNVAL)) return 1;
    if (input.revents & POLLIN) {
        int pending = 0;
        if (ioctl(STDIN_FILENO, FIONREAD, &pending) == 0 && pending == 0) return 1;
    }
    return 0;
}

// Bracketed paste: the terminal wraps pasted text in these, reported as two custom key codes.
static inline int rapport_paste_start_code(void) { return KEY_MAX + 1; }
static inline int rapport_paste_end_code(void) { return KEY_MAX + 2; }
static inline void rapport_enable_bracketed_paste(void) {
    define_key("\033[200~", rapport_paste_start_code());
    define_key("\033[201~", rapport_paste_end_code());
    static const char on[] = "\033[?2004h";
    ssize_t ignored = write(STDOUT_FILENO, on, sizeof on - 1);
    (void)ignored;
}
static inline void rapport_disable_bracketed_paste(void) {
    static const char off[] = "\033[?2004l";
    ssize_t ignored = write(STDOUT_FILENO, off, sizeof off - 1);
    (void)ignored;
}

static inline void rapport_restore_terminal(void) {
    if (*rapport_has_saved_termios()) tcsetattr(STDIN_FILENO, TCSANOW, rapport_saved_termios());
}

// A terminfo string capability, or NULL when the terminal has none (or it is not a string).
static inline const char *rapport_capability(const char *name) {
    char *value = tigetstr(name);
    return value == (char *)-1 ? NULL : value;
}
static inline int rapport_flag(const char *name) { return tigetflag(name) > 0; }
// tiparm is variadic, which Swift cannot call.
static inline const char *rapport_tiparm1(const char *capability, int a) { return tiparm(capability, a); }
static inline const char *rapport_tiparm2(const char *capability, int a, int b) { return tiparm(capability, a, b); }

// cup: the capability a full-screen program cannot do without.
static inline int rapport_has_cursor_addressing(void) {
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

// newterm wants FILE* streams for the terminal.
static inline SCREEN *rapport_newterm(const char *type) { return newterm(type, stdout, stdin); }

#endif
