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

# A release binary with the Swift standard library linked in: it runs without the toolchain.
# Its other libraries are linked in too, and it exports no symbols; every start is cheaper for
# it (README, Scale):
# - libsqlite3, libstdc++ and libncursesw, shared, bind 3,800 symbols at each start: Debian
#   builds them with BIND_NOW. Linked in, they bind none. The Swift driver and the module maps
#   ask for -lsqlite3, -lstdc++ and -lncursesw, so a linker script of each name, searched
#   first, points it at the archive (clang, from the toolchain, knows where). The cost: a
#   security update to those packages reaches rapport when it is built again.
# - --no-export-dynamic: SwiftPM links objects, not archives, so 10,000 symbols were exported,
#   and the runtime's one dladdr at start walked them all.
# - A fixed-address (non-PIE) executable: a position-independent one is relocated at every start,
#   90,000 pointers on 280 pages (Foundation, ICU, the Swift runtime, Dispatch, GRDB), each page
#   copied as it is written; that was 1.4 ms of a 10 ms `rapport log`. The cost: the binary's
#   own code is not at a random address (libraries, heap and stack still are). `PIE=1` keeps
#   the randomisation (README, Scale).
ARCHIVES := $(SCRATCH)/archives
PIE ?= 0
LINK_FLAGS := -Xlinker --no-export-dynamic -Xlinker -L$(ARCHIVES)
ifeq ($(PIE),0)
LINK_FLAGS += -Xswiftc -Xclang-linker -Xswiftc -no-pie
endif
# The ELF type the link must give: 2 is a fixed-address executable, 3 a position-independent one.
ELF_TYPE := $(if $(filter 0,$(PIE)),2,3)

$(ARCHIVES):
	@mkdir -p $@.new
	@for lib in stdc++ sqlite3 ncursesw; do \
		archive="$$(clang -print-file-name=lib$$lib.a)"; \
		[ -f "$$archive" ] || { echo "lib$$lib.a not found (libstdc++-dev, libsqlite3-dev, libncurses-dev)" >&2; exit 1; }; \
		extra=""; [ $$lib = ncursesw ] && [ -f "$$(clang -print-file-name=libtinfo.a)" ] && extra="$$(clang -print-file-name=libtinfo.a)"; \
		echo "INPUT($$archive $$extra)" > $@.new/lib$$lib.so; \
	done
	@mv $@.new $@

build: $(ARCHIVES)
	swift build -c release --static-swift-stdlib --product rapport --scratch-path $(SCRATCH) $(LINK_FLAGS)
	@[ "$$(od -An -tu2 -j16 -N2 $(BIN) | tr -d ' ')" = $(ELF_TYPE) ] || { echo "$(BIN) is not linked as PIE=$(PIE) asks" >&2; exit 1; }

# The man page comes from the commands themselves (swift-argument-parser's generate-manual).
man:
	swift package --scratch-path $(SCRATCH) plugin generate-manual --configuration release --authors "The Rapport authors"

$(COMPLETIONS): build
	@ldd $(BIN) | grep -qE 'libswiftCore|libstdc\+\+|libsqlite3|libncursesw' && { echo "$(BIN) links a library dynamically that it should link in" >&2; exit 1; } || true
	mkdir -p $(COMPLETIONS)
	$(BIN) --generate-completion-script bash > $(COMPLETIONS)/rapport.bash
	$(BIN) --generate-completion-script zsh > $(COMPLETIONS)/_rapport
	$(BIN) --generate-completion-script fish > $(COMPLETIONS)/rapport.fish

install: man build $(COMPLETIONS)
	install -d $(bindir) $(mandir) $(bashdir) $(zshdir) $(fishdir)
	install -m 755 $(BIN) $(bindir)/rapport
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
