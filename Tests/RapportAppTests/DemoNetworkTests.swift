import Foundation
import Testing
@testable import RapportApp

/// The demo network is compiled into the binary from Resources/demo-network.json, the file a
/// person reads and edits.
@Suite struct DemoNetworkTests {
    @Test func theCompiledCopyMatchesTheResourceFile() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources/demo-network.json")
        let resource = try String(contentsOf: file, encoding: .utf8)
        #expect(DemoNetworkJSON.text + "\n" == resource, "run Scripts/embed-demo-network after editing Resources/demo-network.json")
        #expect(try DemoNetwork.load().colleagues.count == 26)
    }
}
