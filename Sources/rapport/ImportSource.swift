import Foundation
import RapportApp
import Interchange

/// The files an import reads: those named, and the `.vcf` files inside a named folder (a khard
/// or vdirsyncer address book), in name order.
enum ImportSource {
    static func files(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw CLIError("\(path): no such file or folder") }
            guard isFolder.boolValue else { files.append(path); continue }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            let cards = names.filter { ["vcf", "vcard"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
            guard !cards.isEmpty else { throw CLIError("\(path): a folder with no .vcf files in it") }
            files += cards.map { (path as NSString).appendingPathComponent($0) }
        }
        return files
    }

    static func text(of file: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("\(file): cannot read this file") }
        do {
            return try TextDecoding.decode(data)
        } catch {
            throw CLIError("\(file):\(error.line): \(error.message)")
        }
    }
}
