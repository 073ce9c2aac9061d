import Foundation

/// libFuzzer entry point: any bytes, decoded as an import would, read as vCards. A parse error
/// is fine; a crash, a hang or a sanitizer report is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVCard(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let text = try? TextDecoding.decode(Data(bytes: bytes, count: count)) else { return 0 }
    _ = try? VCardReader.read(text, file: "fuzz.vcf")
    return 0
}
