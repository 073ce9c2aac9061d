import TerminalUI

/// Where everything goes, as a pure function of the terminal size.
public struct Layout: Equatable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 16
    /// How many log entries one page asks the store for.
    public static let logPageSize = 200

    public var width: Int
    public var height: Int

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }
    public var tabBar: Rect { Rect(x: 0, y: 0, width: width, height: 1) }
    public var statusBar: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }
    public var content: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }

    /// Rows a table on the content area shows below its header.
    public var tableRows: Int { max(1, content.height - 1) }

    /// The detail screen's fields above, its interaction list below: the list takes the rows its
    /// `interactions` need (at least 4, at most half), and the fields get the rest, so a short
    /// list leaves the whole profile in view.
    public func detailTop(interactions: Int) -> Rect { content.splitRows(detailFieldRows(interactions: interactions)).0 }
    public func detailInteractions(interactions: Int) -> Rect { content.splitRows(detailFieldRows(interactions: interactions)).1 }
    func detailFieldRows(interactions: Int) -> Int {
        let list = min(max(4, interactions + 2), content.height / 2)
        return max(8, content.height - list)
    }

    /// The map's plot and its side panel. The plot stops growing at a size where its 5×5
    /// grid still reads as one picture; the panel sits right beside it.
    public var mapPanelWidth: Int { min(48, width / 3) }
    /// The plot takes the room there is, so a wide terminal shows names where a narrow one shows
    /// initials; the panel keeps the rest.
    public var mapPlot: Rect {
        let available = content.splitColumns(-mapPanelWidth).0
        return Rect(x: available.x, y: available.y, width: available.width, height: available.height)
    }
    /// The review: a header with this week's numbers, the queue, and a panel on the selected item.
    /// Tall terminals get an eight-week bar chart in the header.
    public var reviewHasChart: Bool { content.height >= 34 }
    public var reviewHeader: Rect { content.splitRows(reviewHasChart ? 10 : 4).0 }
    public var reviewPanel: Rect {
        let rows = reviewHasChart ? 6 : 4
        return Rect(x: content.x, y: content.maxY - rows, width: content.width, height: rows)
    }
    /// The queue's title line, table header and rows.
    public var reviewList: Rect { Rect(x: content.x, y: reviewHeader.maxY, width: content.width, height: reviewPanel.y - reviewHeader.maxY) }

    public var mapPanel: Rect { Rect(x: mapPlot.maxX, y: content.y, width: content.maxX - mapPlot.maxX, height: mapPlot.height) }
}
