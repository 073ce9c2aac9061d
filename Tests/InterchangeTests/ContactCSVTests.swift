import Foundation
import PeerNetwork
import Testing
@testable import Interchange

/// CSV exports as LinkedIn, Google and Outlook write them, and any CSV through `--map`.
@Suite struct ContactCSVTests {
    func read(_ text: String, map: String? = nil) throws -> ContactFile { try ContactCSV.read(text, file: "contacts.csv", map: map) }

    @Test func linkedInConnectionsWithTheNotesPreamble() throws {
        let file = try read("""
            Notes:\r
            "When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\r
            \r
            First Name,Last Name,URL,Email Address,Company,Position,Connected On\r
            Priya,Raghunathan,https://www.linkedin.com/in/priya,,Northwind,"Counsel, Commercial",12 Mar 2024\r
            Ben,Adler,https://www.linkedin.com/in/ben,ben@example.com,Northwind,Staff Engineer,01 Feb 2023\r

            """)
        #expect(file.records.map(\.name) == ["Priya Raghunathan", "Ben Adler"])
        #expect(file.records[0].role == "Counsel, Commercial")
        #expect(file.records[0].organisation == "Northwind", "LinkedIn's Company is the organisation, not a team")
        #expect(file.records[0].team == "")
        #expect(file.records[1].email == "ben@example.com")
        #expect(file.records.map(\.source) == ["contacts.csv:5", "contacts.csv:6"])
        #expect(file.notImported == ["URL": 2, "Connected On": 2])
    }

    @Test func googleContactsNewAndOldExports() throws {
        let new = try read("""
            First Name,Middle Name,Last Name,Organization Name,Organization Title,Organization Department,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value
            Dana,,Whitfield,Northwind,"Director, FP&A",Finance,"Wants numbers.
            Not narratives.",* myContacts ::: Exec ::: Budget Owners,* Work,dana@example.com ::: dana@home.example,Mobile,+1 555 0101
            Kenji,,Watanabe,Northwind,Account Executive,,,* myContacts,,,,

            """)
        #expect(new.records.map(\.name) == ["Dana Whitfield", "Kenji Watanabe"])
        #expect(new.records[0].team == "Finance", "the department when there is one")
        #expect(new.records[1].team == "" && new.records[1].organisation == "Northwind", "the organisation is not a team")
        #expect(new.records[0].email == "dana@example.com")
        #expect(new.records[0].tags == ["Exec", "Budget-Owners"])
        #expect(new.records[0].notes == "Wants numbers.\nNot narratives.")
        #expect(new.records[1].source == "contacts.csv:4", "the multi-line note moved Kenji down a line")

        let old = try read("""
            Name,Given Name,Additional Name,Family Name,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,Organization 1 - Department
            Lee Park,Lee,,Park,,* myContacts ::: Sales,* Work,lee@example.com,,Northwind,Account Manager,Sales

            """)
        #expect(old.records.first?.name == "Lee Park")
        #expect(old.records.first?.team == "Sales")
        #expect(old.records.first?.tags == ["Sales"])
        #expect(old.notImported["Given Name"] == nil && old.notImported["Family Name"] == nil, "the whole name was read: its parts are not lost")
        #expect(old.notImported["E-mail 1 - Type"] == 1, "what is lost is still said")
    }

    @Test func outlookInWindows1252AndUTF16() throws {
        let csv = "First Name,Middle Name,Last Name,Title,Company,Department,Job Title,E-mail Address,Categories,Notes\r\nZoë,,Laurent,Ms.,Northwind,EMEA Sales,Head of Sales – EMEA,zoe@example.com,Key People;Exec,Prefers “short” emails\r\n"
        var windows = Data()
        for scalar in csv.unicodeScalars {
            switch scalar {
            case "–": windows.append(0x96)
            case "“": windows.append(0x93)
            case "”": windows.append(0x94)
            default: windows.append(UInt8(scalar.value))
            }
        }
        var utf16 = Data([0xFF, 0xFE])
        for unit in csv.utf16 { utf16.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)]) }
        for data in [windows, utf16] {
            let file = try read(TextDecoding.decode(data))
            let zoe = try #require(file.records.first)
            #expect(zoe.name == "Zoë Laurent")
            #expect(zoe.role == "Head of Sales – EMEA")
            #expect(zoe.team == "EMEA Sales")
            #expect(zoe.tags == ["Key-People", "Exec"])
            #expect(zoe.notes == "Prefers “short” emails")
        }
    }

    @Test func anyCSVThroughAMap() throws {
        let file = try read("Full Name,Dept,Mail,Notes\nAnna Kowalczyk,Finance,anna@example.com,controller\n", map: "name=Full Name,team=Dept,email=Mail")
        #expect(file.records == [ImportCandidate(source: "contacts.csv:2", colleague: Colleague(name: "Anna Kowalczyk", team: "Finance", email: "anna@example.com"))])
        #expect(file.notImported == ["Notes": 1])
        let joined = try read("First,Last\nAnna,Kowalczyk\n", map: "name=First+Last")
        #expect(joined.records.first?.name == "Anna Kowalczyk")
    }

    /// A sheet made by hand reads without a map when its columns are named as the fields.
    @Test func columnsNamedAsTheFieldsNeedNoMap() throws {
        let file = try read("Name,EMAIL,Team,Organization,Phone\nAnna Kowalczyk,anna@example.com,Finance,Northwind,555\n")
        #expect(file.records == [ImportCandidate(source: "contacts.csv:2", colleague: Colleague(
            name: "Anna Kowalczyk", team: "Finance", organisation: "Northwind", email: "anna@example.com"))])
        #expect(file.notImported == ["Phone": 1])
    }

    /// Spreadsheets in much of Europe separate with `;` (the comma is the decimal mark), and
    /// Excel's "Unicode text" with tabs in UTF-16; a `sep=` line says which outright.
    @Test func semicolonsAndTabsSeparateAsTheyDoInSpreadsheets() throws {
        let map = "name=Full Name,team=Dept,notes=Notes"
        let semicolons = try read("Full Name;Dept;Notes\r\n\"Müller, Jörg\";Finance;budget 3,5 M€\r\n", map: map)
        #expect(semicolons.records.map(\.name) == ["Müller, Jörg"] && semicolons.records.first?.notes == "budget 3,5 M€")
        var excel = Data([0xFF, 0xFE])
        for unit in "Full Name\tDept\tNotes\r\nZoë Laurent\tSales\tprefers \"short\" notes; no calls\r\n".utf16 {
            excel.append(contentsOf: [UInt8(unit & 0xFF), UInt8(unit >> 8)])
        }
        let tabs = try read(TextDecoding.decode(excel), map: map)
        #expect(tabs.records.map(\.team) == ["Sales"] && tabs.records.first?.notes == "prefers \"short\" notes; no calls")
        let said = try read("sep=;\nFull Name;Dept;Notes\nAnna Kowalczyk;Finance;a, b\n", map: map)
        #expect(said.records.map(\.source) == ["contacts.csv:3"] && said.records.first?.notes == "a, b")
        // Commas stay the separator when the first line has more of them, semicolons in quotes or not.
        let commas = try read("Full Name,Dept,Notes\nBen Adler,\"R&D; Platform\",x;y\n", map: map)
        #expect(commas.records.first?.team == "R&D; Platform" && commas.records.first?.notes == "x;y")
    }

    @Test func anUnknownHeaderOrMapSaysWhatToDo() {
        #expect(throws: ImportIssue(SourceLocation(file: "contacts.csv", line: 1), "not a LinkedIn, Google or Outlook export, and no column is called Name; say which columns hold what with --map name=COLUMN,team=COLUMN,... (columns: Full Name, Dept)")) {
            try read("Full Name,Dept\nA,B\n")
        }
        #expect(throws: ImportIssue(SourceLocation(file: "contacts.csv", line: 1), "--map: there is no column 'Name'; the header has 'Full Name', 'Dept'")) {
            try read("Full Name,Dept\nA,B\n", map: "name=Name")
        }
        // A field mapped twice is refused, not decided by the last; so is an empty column to join.
        for (map, message) in [
            ("name=Full Name,name=Dept", "name is mapped twice; map each field once, joining columns with + (name=First+Last)"),
            ("name=Full Name+", "there is no column ''; the header has 'Full Name', 'Dept'"),
            ("team=Dept", "say which column holds the name (name=COLUMN)"),
        ] {
            #expect(throws: ImportIssue(SourceLocation(file: "contacts.csv", line: 1), "--map: " + message)) { try read("Full Name,Dept\nA,B\n", map: map) }
        }
    }

    @Test func badQuotingIsReportedWithItsLineNeverGuessed() {
        // A quote that should have been doubled.
        #expect(throws: ImportIssue(SourceLocation(file: "contacts.csv", line: 3), "a quote inside a quoted field must be doubled (\"\"): the field opened at line 3 closes before J")) {
            try read("Full Name,Dept\nA,B\n\"Smith, \"Jr\",Sales\n", map: "name=Full Name")
        }
        // A field that never closes swallows the rest of the file.
        #expect(throws: ImportIssue(SourceLocation(file: "contacts.csv", line: 2), "a quoted field opened here never closes (a missing \")")) {
            try read("Full Name,Dept\n\"A,B\nC,D\n", map: "name=Full Name")
        }
        // An unquoted comma shifts the columns: the row is refused, not misread.
        #expect(throws: ImportIssue(SourceLocation(file: "contacts.csv", line: 3), "expected 2 fields as in the header (line 1), found 3; check the quoting on this row")) {
            try read("Full Name,Dept\nA,B\nSmith, Jr,Sales\n", map: "name=Full Name")
        }
        // A quote in the middle of an unquoted field is just a character.
        #expect((try? read("Full Name,Dept\nThe 5\" guy,B\n", map: "name=Full Name"))?.records.first?.name == "The 5\" guy")
    }
}
