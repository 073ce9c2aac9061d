import Foundation

/// libFuzzer entry point: any bytes read as a contacts CSV, detected and through a map. A parse
/// error is fine; a crash, a hang or a sanitizer report is a bug. When a file parses, every row
/// must still have the header's width.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let text = try? TextDecoding.decode(Data(bytes: bytes, count: count)) else { return 0 }
    _ = try? ContactCSV.read(text, file: "fuzz.csv")
    _ = try? ContactCSV.read(text, file: "fuzz.csv", map: "name=a+b,team=c,email=d,tags=e")
    if let document = try? CSVDocument(text, file: "fuzz.csv") {
        precondition(document.rows.allSatisfy { !$0.fields.isEmpty })
    }
    return 0
}
