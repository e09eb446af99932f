import PostgresNIO
import SocioLabKit

extension PostgreSQLStore {
    /// The change sets stored after `revision`, oldest first, with their records.
    public func changeSets(after revision: Int64) async throws -> [CommittedChangeSet] {
        do {
            return try await gate.run {
                var binds = PostgresBindings()
                binds.append(revision)
                return try await self.changeSets(where: "c.\"revision\" > $1", binds: binds)
            }
        } catch {
            throw Self.translate(error, doing: "reading the change sets after revision \(revision)")
        }
    }

    /// The revisions stored from now on, announced by each append's `NOTIFY` (PostgreSQL `LISTEN` on a
    /// connection of the stream's own). Ready when this returns; ends when the connection does, or when the
    /// stream is dropped.
    /// - Throws: `store.io` when the server cannot be reached.
    public func changeNotifications() async throws -> AsyncStream<Int64> {
        let listener: PostgresConnection
        do {
            listener = try await PostgresConnection.connect(
                configuration: configuration.connection, id: 2, logger: logger)
        } catch {
            throw Self.translate(error, doing: "connecting to listen for new change sets")
        }
        let (stream, continuation) = AsyncStream<Int64>.makeStream()
        let (ready, readyContinuation) = AsyncStream<Void>.makeStream()
        let channel = notificationChannel
        let logger = logger
        let task = Task {
            _ = try? await listener.listen(on: channel) { notifications in
                readyContinuation.finish()
                for try await notification in notifications {
                    if let revision = Int64(notification.payload) { continuation.yield(revision) }
                }
            }
            readyContinuation.finish()
            continuation.finish()
            try? await listener.close()
            _ = logger
        }
        continuation.onTermination = { _ in
            task.cancel()
            Task { try? await listener.close() }
        }
        for await _ in ready {}
        return stream
    }
}
