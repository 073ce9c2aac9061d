/// Stock actions vary from one colleague to the next, so a queue does not read as the same
/// sentence five times; each colleague always gets the same one, so it does not change between
/// reviews. Only the chosen sentence is built: a review phrases thousands.
enum Phrasing {
    static func pick(
        for id: ColleagueID, _ first: @autoclosure () -> String, _ second: @autoclosure () -> String, _ third: @autoclosure () -> String
    ) -> String {
        switch UInt64(bitPattern: id) % 3 {
        case 0: first()
        case 1: second()
        default: third()
        }
    }
}
