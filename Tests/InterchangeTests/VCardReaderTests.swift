import Foundation
import PeerNetwork
import Testing
@testable import Interchange

/// vCards as real clients write them: khard's fixtures, Android's 2.1 exports, the RFCs' examples.
@Suite struct VCardReaderTests {
    func read(_ text: String) throws -> ContactFile { try VCardReader.read(text, file: "cards.vcf") }

    @Test func version3WithAFoldedEscapedNoteAndAPhoto() throws {
        // khard's photov3.vcf: a folded NOTE with escaped commas, a base64 PHOTO folded over lines.
        let file = try read("""
            BEGIN:VCARD
            VERSION:3.0
            UID:photov3
            FN:with photo v3
            NOTE:From the RFC: ENCODING must be "b" (which enforces base64 encoded
             data)\\, TYPE may be present\\, but if it is present it must be a valid
             IANA image type.
            PHOTO;ENCODING=b;TYPE=PNG:iVBORw0KGgoAAAANSUhEUgAAAAsAAAALCAQAAAADpb+tAA
             AAQklEQVQI122PQQ4AMAjCKv//Mzs4M0zmRYKkamEwWQVoRJogk4PuRoOoMC/EK8nYb+l08
            END:VCARD
            """)
        let card = try #require(file.records.first)
        #expect(card.name == "with photo v3")
        #expect(card.uid == "photov3")
        #expect(card.notes == "From the RFC: ENCODING must be \"b\" (which enforces base64 encodeddata), TYPE may be present, but if it is present it must be a validIANA image type.")
        #expect(file.notImported == ["PHOTO": 1])
        #expect(card.source == "cards.vcf:1")
    }

    @Test func organisationsDepartmentIsTheTeam() throws {
        let file = try read("""
            BEGIN:VCARD\r
            VERSION:4.0\r
            UID:429A43AB-52F2-4714-AA62-077528A12464\r
            KIND:org\r
            FN:ACME Inc.\r
            ORG:ACME Inc.;\r
            END:VCARD\r
            BEGIN:VCARD\r
            VERSION:4.0\r
            FN:Dana Whitfield\r
            ORG:Northwind\\, Ltd;Finance;FP&A\r
            TITLE:Director\\, FP&A\r
            END:VCARD\r

            """)
        // ORG is the organisation, then its unit (RFC 6350 §6.6.4).
        #expect(file.records.map(\.organisation) == ["ACME Inc.", "Northwind, Ltd"])
        #expect(file.records.map(\.team) == ["", "Finance"])
        #expect(file.records[1].role == "Director, FP&A")
        #expect(file.records[1].source == "cards.vcf:8")
    }

    @Test func groupedPropertiesAndThePreferredEmail() throws {
        let file = try read("""
            BEGIN:VCARD
            VERSION:3.0
            FN:Lee Park
            item1.EMAIL;TYPE=INTERNET:lee@home.example
            item1.X-ABLabel:Home
            item2.EMAIL;TYPE=INTERNET,pref:lee@work.example
            TEL;TYPE=CELL:+1 555 0100
            ADR;TYPE=WORK:;;1 Main St;Springfield;;;USA
            BDAY:1985-04-12
            CATEGORIES:Sales,Team Leads
            END:VCARD
            BEGIN:VCARD
            VERSION:4.0
            FN:Kim Osei
            EMAIL;TYPE=home:kim@home.example
            EMAIL;PREF=1:kim@work.example
            END:VCARD
            """)
        #expect(file.records.map(\.email) == ["lee@work.example", "kim@work.example"])
        #expect(file.records[0].tags == ["Sales", "Team-Leads"])
        #expect(file.notImported == ["TEL": 1, "ADR": 1, "BDAY": 1, "X-ABLABEL": 1, "EMAIL": 2])
    }

    @Test func version21QuotedPrintableAndCharsets() throws {
        // As Android writes a non-ASCII name: a soft line break inside a UTF-8 sequence; a bare
        // QUOTED-PRINTABLE parameter; a Latin-1 CHARSET; a stray "=" right before END:VCARD.
        let file = try read("""
            BEGIN:VCARD\r
            VERSION:2.1\r
            N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2;=D0=98=\r
            =D0=B2=D0=B0=D0=BD\r
            NOTE;QUOTED-PRINTABLE:caf=C3=A9 =3D ok\r
            TEL;CELL;PREF:100\r
            END:VCARD\r
            BEGIN:VCARD\r
            VERSION:2.1\r
            FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Zo=EB Laurent\r
            EMAIL;INTERNET;PREF:zoe@example.com\r
            NOTE;ENCODING=QUOTED-PRINTABLE:Lipa kwa M-Pesa=\r
            END:VCARD\r

            """)
        #expect(file.records.map(\.name) == ["Иван Иванов", "Zoë Laurent"])
        #expect(file.records[0].notes == "café = ok")
        #expect(file.records[1].email == "zoe@example.com")
        #expect(file.records[1].notes == "Lipa kwa M-Pesa")
    }

    @Test func cardsWithoutAVersionLineAndNamesFromN() throws {
        let file = try read("BEGIN:VCARD\nN:Oyelaran;Marcus;T.;Dr.;\nUID:urn:uuid:0f4c8a2e-1111-4d2c-9c3e-7a1b2c3d4e5f\nEND:VCARD\n")
        #expect(file.records.first?.name == "Marcus T. Oyelaran")
        #expect(file.records.first?.uid == "0f4c8a2e-1111-4d2c-9c3e-7a1b2c3d4e5f", "urn:uuid: is dropped")
    }

    @Test func aCardWithNoNameIsSkippedWithItsLine() throws {
        let file = try read("BEGIN:VCARD\nVERSION:3.0\nEMAIL:x@example.com\nEND:VCARD\nBEGIN:VCARD\nFN:Ok\nEND:VCARD\n")
        #expect(file.records.map(\.name) == ["Ok"])
        #expect(file.skipped == [.init(location: SourceLocation(file: "cards.vcf", line: 1), reason: "a card with no name (no FN or N)")])
    }

    @Test func brokenFilesPointAtTheLine() {
        #expect(throws: ImportIssue(SourceLocation(file: "cards.vcf", line: 3), "not a vCard line (no ':' after the property name): this is not a vcard line")) {
            try read("BEGIN:VCARD\nFN:A\nthis is not a vcard line\nEND:VCARD\n")
        }
        #expect(throws: ImportIssue(SourceLocation(file: "cards.vcf", line: 4), "this card has no END:VCARD")) {
            try read("BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nFN:B\n")
        }
        #expect(throws: ImportIssue(SourceLocation(file: "cards.vcf", line: 1), "FN outside a card (BEGIN:VCARD missing)")) {
            try read("FN:A\n")
        }
    }
}
