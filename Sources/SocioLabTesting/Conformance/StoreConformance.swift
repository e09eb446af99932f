import Foundation
import SocioLabKit

/// One set of behaviour checks that every ``SocioLabKit/Store`` implementation must pass.
///
/// It does not depend on a test framework, so it can run from a test target, a harness of another service
/// or a release executable. Each check is a named value; run it against a ``Harness`` that makes and
/// reopens stores of your backend:
///
/// ```swift
/// @Test(arguments: StoreConformance.checks)
/// func conforms(_ check: StoreConformance.Check) async throws {
///     try await check.run(StoreConformance.Harness(
///         makeStore: { operation in InMemoryStore(operation: operation) },
///         reopen: { store in store }))
/// }
/// ```
///
/// A check throws ``ConformanceFailure`` saying what differed, or the store's own error.
public enum StoreConformance {
    /// How a check gets stores of the backend under test.
    public struct Harness: Sendable {
        /// Makes a new, empty store for an operation.
        public var makeStore: @Sendable (ESFOperation) async throws -> any Store
        /// Closes a store and opens the same one again, as a new process would. An in-memory store returns
        /// the same instance.
        public var reopen: @Sendable (any Store) async throws -> any Store
        /// Closes a store and damages what it keeps as a failing disk, a careless copy or a hand edit would
        /// (see ``Damage``), returning `false` for a kind it cannot inflict. `nil`, the default, leaves the
        /// backend out of ``damageIsRefused``.
        public var damage: (@Sendable (any Store, Damage) async throws -> Bool)?

        /// Creates a harness.
        /// - Parameters:
        ///   - makeStore: Makes a new, empty store.
        ///   - reopen: Closes a store and opens it again.
        ///   - damage: Closes a store and damages it (optional: only for backends that keep data where it
        ///     can be damaged).
        public init(
            makeStore: @escaping @Sendable (ESFOperation) async throws -> any Store,
            reopen: @escaping @Sendable (any Store) async throws -> any Store,
            damage: (@Sendable (any Store, Damage) async throws -> Bool)? = nil
        ) {
            self.makeStore = makeStore
            self.reopen = reopen
            self.damage = damage
        }
    }

    /// One named check.
    public struct Check: Sendable, CustomStringConvertible {
        /// A short name, such as `"round trip of every entity type"`.
        public let name: String
        private let body: @Sendable (Harness) async throws -> Void

        init(_ name: String, _ body: @escaping @Sendable (Harness) async throws -> Void) {
            self.name = name
            self.body = body
        }

        /// Runs the check.
        /// - Parameter harness: Makes and reopens stores of the backend under test.
        /// - Throws: ``ConformanceFailure`` when the store misbehaves, or the store's error.
        public func run(_ harness: Harness) async throws { try await body(harness) }

        /// Runs the check with the two closures of a ``Harness``.
        /// - Parameters:
        ///   - makeStore: Makes a new, empty store.
        ///   - reopen: Closes a store and opens it again.
        /// - Throws: ``ConformanceFailure`` when the store misbehaves, or the store's error.
        public func run(
            makeStore: @escaping @Sendable (ESFOperation) async throws -> any Store,
            reopen: @escaping @Sendable (any Store) async throws -> any Store
        ) async throws {
            try await body(Harness(makeStore: makeStore, reopen: reopen))
        }

        /// The name.
        public var description: String { name }
    }

    /// A check that found a store misbehaving.
    public struct ConformanceFailure: Error, CustomStringConvertible, Sendable {
        /// The check's name.
        public var check: String
        /// What differed from the expected behaviour.
        public var message: String
        /// `check: message`.
        public var description: String { "\(check): \(message)" }
    }

    /// Every check.
    public static let checks: [Check] = [
        roundTrip, atomicity, revisions, history, historyAfterCompaction, erasure, reopen,
        revisionsNeverReused, historyWithoutGaps, damageIsRefused, extremeValues, beyondTheLimits,
        fingerprint,
    ]
}
