/// Stock actions vary from one colleague to the next, so a queue does not read as the same
/// sentence five times; each colleague always gets the same one, so it does not change between
/// reviews.
enum Phrasing {
    static func pick(for id: ColleagueID, _ options: [String]) -> String {
        options[Int(UInt64(bitPattern: id) % UInt64(options.count))]
    }
}
