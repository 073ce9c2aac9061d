import CLibPQ
import Foundation

/// One connection to PostgreSQL through libpq, as the member (or the admin) it was opened for.
/// Every value goes as a parameter (`$1`), never into the SQL text; every result comes back as
/// text, the way libpq gives it.
public final class PGConnection {
    private let connection: OpaquePointer
    private let pq: RapportLibPQ

    /// What the server or libpq said, with PostgreSQL's SQLSTATE when there is one.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public var sqlState: String?
        public var message: String
        public var description: String { message }
    }

    /// `conninfo`: a `postgresql://` URI or `key=value` pairs; what it leaves out comes from the
    /// PG* environment variables, `~/.pgpass` and service files, as for `psql`.
    public init(_ conninfo: String) throws {
        if let failure = rapport_libpq_open_failure() {
            throw Failure(sqlState: nil, message: "team mode needs libpq, PostgreSQL's client library (libpq5): \(String(cString: failure))")
        }
        let pq = rapport_libpq()
        guard let connection = pq.PQconnectdb(conninfo) else { throw Failure(sqlState: nil, message: "libpq could not allocate a connection") }
        guard pq.PQstatus(connection) == CONNECTION_OK else {
            let message = Self.said(pq.PQerrorMessage(connection))
            pq.PQfinish(connection)
            throw Failure(sqlState: nil, message: "cannot connect to PostgreSQL: \(message)")
        }
        self.connection = connection
        self.pq = pq
    }

    deinit { pq.PQfinish(connection) }

    /// A string libpq returned; "" for none (its pointers are typed as nullable here).
    private static func text(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// What libpq or the server said, on one line: libpq goes on in lines of their own, indented
    /// by a tab ("Connection refused\n\tIs the server running…"), which would print as ␉.
    static func said(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        text(pointer).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// The role the server knows this connection as.
    public var user: String { Self.text(pq.PQuser(connection)) }
    /// The host (or socket folder) and port this connection reached.
    public var host: String { Self.text(pq.PQhost(connection)) }
    public var port: String { Self.text(pq.PQport(connection)) }

    /// Runs one statement with `parameters` bound as `$1`, `$2`…; returns its rows, each value
    /// as text (nil for NULL).
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws -> PGResult {
        // libpq takes C strings: a NUL would silently end the value there.
        guard !parameters.contains(where: { $0?.utf8.contains(0) == true }) else {
            throw Failure(sqlState: nil, message: "a value contains a NUL character (\\0), which PostgreSQL cannot store; nothing was sent")
        }
        var copies = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { copies.forEach { free($0) } }
        let result = copies.withUnsafeMutableBufferPointer { values in
            values.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: values.count) { pointer in
                pq.PQexecParams(connection, sql, Int32(parameters.count), nil, parameters.isEmpty ? nil : pointer, nil, nil, 0)
            }
        }
        let checked = try succeeded(result)
        defer { pq.PQclear(checked) }
        var rows: [[String?]] = []
        let columns = pq.PQnfields(checked)
        for row in 0..<pq.PQntuples(checked) {
            rows.append((0..<columns).map { column in
                pq.PQgetisnull(checked, row, column) == 1 ? nil : Self.text(pq.PQgetvalue(checked, row, column))
            })
        }
        return PGResult(columns: (0..<columns).map { Self.text(pq.PQfname(checked, $0)) }, rows: rows)
    }

    /// The result when the statement succeeded; else it is freed, and the server's error (with
    /// its SQLSTATE) thrown.
    private func succeeded(_ result: OpaquePointer?) throws -> OpaquePointer {
        guard let result else { throw Failure(sqlState: nil, message: Self.said(pq.PQerrorMessage(connection))) }
        guard [PGRES_COMMAND_OK, PGRES_TUPLES_OK].contains(pq.PQresultStatus(result)) else {
            defer { pq.PQclear(result) }
            throw Failure(
                sqlState: pq.PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) },
                message: Self.said(pq.PQresultErrorMessage(result)))
        }
        return result
    }

    /// Runs a script of several statements with no parameters (the schema).
    public func run(script: String) throws {
        pq.PQclear(try succeeded(pq.PQexec(connection, script)))
    }

    /// Waits up to `timeout` seconds for a notification on a channel this connection LISTENs
    /// to; returns the payloads that arrived (empty when none did). Throws when the connection
    /// is lost.
    public func notifications(waiting timeout: Double) throws -> [String] {
        let socket = pq.PQsocket(connection)
        guard socket >= 0 else { throw Failure(sqlState: nil, message: "the connection is closed") }
        var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, Int32(timeout * 1000))
        guard pq.PQconsumeInput(connection) == 1 else {
            throw Failure(sqlState: nil, message: Self.said(pq.PQerrorMessage(connection)))
        }
        var payloads: [String] = []
        while let notification = pq.PQnotifies(connection) {
            payloads.append(String(cString: notification.pointee.extra))
            pq.PQfreemem(notification)
        }
        return payloads
    }

    /// Runs `body` in one transaction: all of it, or nothing.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }
}

/// A statement's rows, each value as text, in the order of `columns`.
public struct PGResult {
    public var columns: [String]
    public var rows: [[String?]]
}
