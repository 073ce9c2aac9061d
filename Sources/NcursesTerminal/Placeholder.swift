enum NcursesTerminalPlaceholder {}
