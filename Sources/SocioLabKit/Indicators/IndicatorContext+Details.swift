import Foundation

extension IndicatorContext {
    /// Per activity slot: the typed details of each *held* activity of the plugin's kind, `nil` for every
    /// other slot and where the details do not decode.
    ///
    /// Decoded once per context (in parallel), however many of the plugin's indicators ask: decoding
    /// payloads costs far more than counting. The registered plugins' details are decoded while the
    /// context is built, together with the qualifications; another plugin value's on its first request.
    /// - Parameter plugin: The plugin.
    /// - Returns: One entry per activity slot.
    /// - Complexity: O(1) for a registered plugin; O(*a*) in activity slots the first time otherwise.
    public func details<P: ActivityPlugin>(of plugin: P) -> [P.Details?] {
        let key = DecodedDetailsCache.key(plugin)
        if let cached = detailsCache.value(for: key) as? [P.Details?] { return cached }
        // A plugin value the registry does not hold (the registered ones were decoded with the context).
        let activities = dataset.activities.slots
        let slots = activities.indices.filter { activityHeld[$0] && activities[$0]?.kind == plugin.kind }
        let decoding = DetailsDecoding(plugin, slots: slots, activities: activities)
        ParallelJobs.run(decoding.jobs)
        var qualifications = activityQualifications  // what this plugin would say is not kept
        var supported: [Int: [Organisation.ID]] = [:]
        decoding.finish(&qualifications, &supported, detailsCache)
        return detailsCache.value(for: key) as? [P.Details?] ?? []
    }
}

/// The decoding of one plugin's held activities' details: chunks that run beside other work, then
/// `finish`, which keeps the details for ``IndicatorContext/details(of:)`` and sets the qualifications.
struct DetailsDecoding {
    /// The chunks of the decoding.
    let jobs: [@Sendable () -> Void]
    /// Sets the plugin's activities' qualifications (nothing for details that do not decode) and the
    /// organisations they support as such (``ActivityPlugin/organisationsSupported(by:details:)``, by
    /// activity slot, only where there are some), and keeps the details in the cache, one entry per
    /// activity slot.
    let finish: (inout [Set<Qualification>], inout [Int: [Organisation.ID]], DecodedDetailsCache) -> Void

    /// Prepares the decoding.
    /// - Parameters:
    ///   - plugin: The registered plugin of the activities' kind.
    ///   - slots: The slots of its held activities.
    ///   - activities: Every activity slot.
    init<P: ActivityPlugin>(_ plugin: P, slots: [Int], activities: [Activity?]) {
        let chunkSize = 1024
        let chunkCount = (slots.count + chunkSize - 1) / chunkSize
        let chunks = ParallelResults<[(P.Details, Set<Qualification>, [Organisation.ID])?]>(count: chunkCount)
        jobs = (0..<chunkCount).map { chunk in
            {
                let range = (chunk * chunkSize)..<min(slots.count, (chunk + 1) * chunkSize)
                chunks.set(
                    chunk,
                    range.map { i in
                        guard let activity = activities[slots[i]],
                            let details = plugin.detailsIfValid(of: activity)
                        else { return nil }
                        return (
                            details, plugin.qualifications(of: activity, details: details),
                            plugin.organisationsSupported(by: activity, details: details)
                        )
                    })
            }
        }
        finish = { qualifications, supported, cache in
            var details = [P.Details?](repeating: nil, count: activities.count)
            for (i, decoded) in chunks.values.joined().enumerated() {
                guard let (value, qualified, organisations) = decoded else { continue }
                details[slots[i]] = value
                qualifications[slots[i]] = qualified
                if !organisations.isEmpty { supported[slots[i]] = organisations }
            }
            cache.store(details, for: DecodedDetailsCache.key(plugin))
        }
    }
}

/// The details a context has decoded, by plugin type and kind.
///
/// Why `@unchecked Sendable` is safe: `values` is the only mutable property, and it is read and written
/// only inside `lock.withLock`; what it holds is `any Sendable`, so a value read on one thread may be used
/// on another.
final class DecodedDetailsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: any Sendable] = [:]

    /// The key of a plugin's details.
    static func key<P: ActivityPlugin>(_ plugin: P) -> String { "\(P.self)/\(plugin.kind.rawValue)" }

    func value(for key: String) -> (any Sendable)? { lock.withLock { values[key] } }
    func store(_ value: any Sendable, for key: String) { lock.withLock { values[key] = value } }
}
