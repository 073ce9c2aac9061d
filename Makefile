# Build and install the rapport command-line tool.
#   make install PREFIX=~/.local     (default PREFIX is /usr/local; DESTDIR is honoured)
#   make uninstall PREFIX=~/.local
PREFIX ?= /usr/local
SCRATCH := .build-release
BIN := $(SCRATCH)/release/rapport
MAN := $(SCRATCH)/plugins/GenerateManual/outputs/rapport/rapport.1
COMPLETIONS := $(SCRATCH)/completions

bindir := $(DESTDIR)$(PREFIX)/bin
mandir := $(DESTDIR)$(PREFIX)/share/man/man1
bashdir := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build man install uninstall test clean
# Order matters: the man-page plugin builds its own release binary in the same folder, so the
# static build must come after it and link last.
.NOTPARALLEL:

all: build

# A release binary with the Swift standard library linked in, so it runs without the toolchain.
# SQLite, ncurses and the C++ runtime are the system's shared libraries, as distributions expect,
# so their security updates reach rapport at once; the binary is position-independent (ASLR).
# SwiftPM links objects, not archives, so without --no-export-dynamic every symbol is exported.
build:
	swift build -c release --static-swift-stdlib --product rapport --scratch-path $(SCRATCH) -Xlinker --no-export-dynamic

# The man page comes from the commands themselves (swift-argument-parser's generate-manual).
man:
	swift package --scratch-path $(SCRATCH) plugin generate-manual --configuration release --authors "The Rapport authors"

$(COMPLETIONS): build
	mkdir -p $(COMPLETIONS)
	$(BIN) --generate-completion-script bash > $(COMPLETIONS)/rapport.bash
	$(BIN) --generate-completion-script zsh > $(COMPLETIONS)/_rapport
	$(BIN) --generate-completion-script fish > $(COMPLETIONS)/rapport.fish

install: man build $(COMPLETIONS)
	install -d $(bindir) $(mandir) $(bashdir) $(zshdir) $(fishdir)
	install -m 755 -s $(BIN) $(bindir)/rapport
	install -m 644 $(MAN) $(mandir)/rapport.1
	install -m 644 $(COMPLETIONS)/rapport.bash $(bashdir)/rapport
	install -m 644 $(COMPLETIONS)/_rapport $(zshdir)/_rapport
	install -m 644 $(COMPLETIONS)/rapport.fish $(fishdir)/rapport.fish
	@echo "Installed rapport in $(bindir); the man page, and completions for bash, zsh and fish, under $(DESTDIR)$(PREFIX)/share"

uninstall:
	rm -f $(bindir)/rapport $(mandir)/rapport.1 $(bashdir)/rapport $(zshdir)/_rapport $(fishdir)/rapport.fish

test:
	swift test

clean:
	rm -rf $(SCRATCH)
