import Foundation
import Testing

@testable import SocioLabPostgreSQL

/// The store's deadline counts from a call's last progress: a long import that keeps sending data is not cut
/// off, a call that stalls is (no server needed).
struct SerialGateTests {
    @Test func aCallThatKeepsMakingProgressOutlivesItsDeadline() async throws {
        let gate = SerialGate(deadline: .seconds(2), server: "test", expire: {})
        let steps = try await gate.run {
            // Three seconds of work in all, a step every tenth of a second.
            for step in 1...30 {
                try await Task.sleep(for: .milliseconds(100))
                gate.madeProgress()
                if step == 30 { return step }
            }
            return 0
        }
        #expect(steps == 30)
    }

    @Test func aCallThatStallsEndsAtItsDeadlineAndExpiresTheConnection() async throws {
        let (expiries, expired) = AsyncStream<Void>.makeStream()
        let gate = SerialGate(
            deadline: .milliseconds(300), server: "db.example:5432", expire: { expired.yield() })
        let (stall, release) = AsyncStream<Void>.makeStream()
        let failure = await #expect(throws: SerialGate.ServerFailure.self) {
            try await gate.run {
                for await _ in stall {}  // waits until released, like an answer that never comes
                return 0
            }
        }
        #expect(failure?.server == "db.example:5432")
        #expect(failure?.underlying is SerialGate.DeadlinePassed)
        release.finish()
        // The gate closes the connection (here: yields) once the caller has its error.
        var expiriesSeen = 0
        for await _ in expiries {
            expiriesSeen += 1
            break
        }
        #expect(expiriesSeen == 1)
    }
}
