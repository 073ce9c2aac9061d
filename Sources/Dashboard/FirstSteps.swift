import TerminalUI

/// What an empty screen says: a title, then the ways to start, each a key or command and what
/// it does, wrapped under its own column so no phrase is cut on a narrow terminal.
struct FirstSteps {
    var title: String
    var steps: [(how: String, what: String)]

    func render(in area: Rect, into buffer: inout ScreenBuffer) {
        let column = (steps.map { DisplayWidth.of($0.how) }.max() ?? 0) + 2
        let width = area.width - 4
        var lines: [(String, Style)] = [(title, .bold), ("", .dim)]
        for step in steps {
            let wrapped = TextWrap.lines(step.what, width: max(10, width - column))
            lines.append((DisplayWidth.pad(step.how, to: column) + wrapped[0], .dim))
            lines += wrapped.dropFirst().map { (String(repeating: " ", count: column) + $0, .dim) }
        }
        for (row, line) in lines.enumerated() where row < area.height - 1 {
            buffer.write(line.0, x: area.x + 2, y: area.y + 1 + row, style: line.1, maxWidth: width)
        }
    }
}
