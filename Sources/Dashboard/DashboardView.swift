import TerminalUI

/// Draws a whole frame from the state: a pure function, so screens are tested as text.
public enum DashboardView {
    public static func render(_ state: AppState) -> ScreenBuffer {
        // Redaction is a view: the frame is drawn from a redacted copy, the state keeps the truth.
        let state = state.redacted ? Redaction.view(of: state) : state
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        let layout = state.layout
        if layout.isTooSmall {
            renderTooSmall(state, into: &buffer)
            return buffer
        }
        TabBar.render(state, into: &buffer)
        switch state.screen {
        case .colleagues: ColleaguesScreen.render(state, into: &buffer)
        case .map: MapScreen.render(state, into: &buffer)
        case .log: LogScreen.render(state, into: &buffer)
        case .detail: DetailScreen.render(state, into: &buffer)
        case .review: ReviewScreen.render(state, into: &buffer)
        case .team: TeamScreen.render(state, into: &buffer)
        }
        StatusBar.render(state, into: &buffer)
        if let popup = state.popup { PopupView.render(popup, state: state, into: &buffer) }
        if state.helpVisible { HelpOverlay.render(state, into: &buffer) }
        return buffer
    }

    static func renderTooSmall(_ state: AppState, into buffer: inout ScreenBuffer) {
        let lines = [
            "Terminal too small",
            "\(state.width)×\(state.height), need \(Layout.minimumWidth)×\(Layout.minimumHeight)",
            "Enlarge it, or q to quit",
        ]
        let top = max(0, (state.height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let x = max(0, (state.width - DisplayWidth.of(line)) / 2)
            buffer.write(line, x: x, y: top + index, style: index == 0 ? .bold : .plain)
        }
    }
}
