import Foundation

/// The tools a user would run otherwise, set up with as much data as Rapport has.
enum Peers {
    static func installed(_ program: String) -> String? {
        let path = (try? ChildProcess.run(["which", program]).output)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return path.isEmpty ? nil : path
    }

    /// An abook address book in its own format, one contact a colleague.
    static func abookFile(colleagues: Int, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("addressbook").path
        var text = "[format]\nprogram=abook\nversion=0.6.1\n\n"
        for index in 0..<colleagues { text += "[\(index)]\nname=\(BenchNetwork.name(index))\nemail=c\(index)@example.com\n\n" }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A taskwarrior database of `tasks` pending tasks; returns its TASKRC.
    static func taskwarrior(tasks: Int, in folder: URL, task: String) throws -> String {
        let data = folder.appendingPathComponent("task")
        let rc = folder.appendingPathComponent("taskrc").path
        try "data.location=\(data.path)\nconfirmation=off\nverbose=nothing\nnews.version=99\n".write(toFile: rc, atomically: true, encoding: .utf8)
        let lines = (0..<tasks).map { index in
            #"{"uuid":"\#(UUID().uuidString.lowercased())","description":"task \#(index)","status":"pending","entry":"20261101T000000Z"}"#
        }
        let file = folder.appendingPathComponent("tasks.json").path
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        setenv("TASKRC", rc, 1)
        _ = try ChildProcess.run([task, "import", file], discarding: true)
        return rc
    }

    /// A vCard file of about `bytes`, as a phone or a CardDAV server exports one.
    static func vcards(bytes: Int, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("contacts.vcf").path
        var text = ""
        text.reserveCapacity(bytes + 512)
        var index = 0
        while text.utf8.count < bytes {
            text += """
                BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person \(index) Example\r\nN:Example;Person \(index);;;\r\n\
                EMAIL;TYPE=work:p\(index)@example.com\r\nORG:Contoso;Team \(index % 40)\r\nTITLE:Engineer\r\n\
                TEL:+1 555 \(String(format: "%07d", index))\r\nNOTE:Met at a conference\\, likes data.\r\nEND:VCARD\r\n
                """
            index += 1
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
