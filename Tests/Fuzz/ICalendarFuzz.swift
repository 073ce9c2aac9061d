import Foundation

/// libFuzzer entry point: any bytes, decoded as a calendar file is, read as iCalendar and its
/// meetings expanded over the window the dashboard asks for. A skipped event is fine; a crash, a
/// hang (a rule that never ends) or a sanitizer report is a bug.
let local = TimeZone(identifier: "Europe/Berlin")!
let window = DateInterval(start: Date(timeIntervalSince1970: 1_795_000_000), duration: 14 * 86_400)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzICalendar(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let text = try? TextDecoding.decode(Data(bytes: bytes, count: count)) else { return 0 }
    let file = ICalendarReader.read(text, file: "fuzz.ics", around: window)
    _ = CalendarSource.meetings(in: file, source: "fuzz.ics", window: window, local: local)
    return 0
}
