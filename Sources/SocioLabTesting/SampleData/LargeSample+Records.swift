import SocioLabKit

/// The records of one kind as a lazy sequence.
extension LargeSample {
    /// A lazily generated sequence of the records of one kind.
    public struct Records: Sequence, Sendable {
        let sample: LargeSample
        let kind: EntityKind

        /// An iterator over the records.
        public func makeIterator() -> Iterator { Iterator(sample: sample, kind: kind) }

        /// Generates the records of one kind one at a time.
        public struct Iterator: IteratorProtocol {
            let sample: LargeSample
            let kind: EntityKind
            var index = 0
            var participation = 0
            var pending: [Participation] = []
            var serials: [UInt16] = []
            /// The finance records of the kind, made at the first call (they depend on one another).
            var finance: [EntityRecord]?

            init(sample: LargeSample, kind: EntityKind) {
                self.sample = sample
                self.kind = kind
                if kind == .personalDetails && sample.includesPersonalDetails {
                    serials = Array(repeating: 0, count: 2 * LargeSample.birthSpan)
                }
            }

            /// The next record, or `nil` at the end.
            public mutating func next() -> EntityRecord? {
                if kind == .participation {
                    while pending.isEmpty {
                        guard index < sample.personCount else { return nil }
                        sample.participations(ofPerson: index, numberedFrom: participation, into: &pending)
                        participation += pending.count
                        index += 1
                    }
                    return .participation(pending.removeLast())
                }
                defer { index += 1 }
                switch kind {
                case .infoPoint:
                    guard index < SampleGeography.infoPoints.count else { return nil }
                    let point = SampleGeography.infoPoints[index]
                    return .infoPoint(
                        InfoPoint(
                            id: .init(point.id), name: point.name,
                            municipality: SampleGeography.lookup(point.seat).code,
                            hostPartner: .init(point.host), openedOn: point.opened))
                case .organisation:
                    guard index < sample.organisationCount else { return nil }
                    return .organisation(sample.organisation(index))
                case .person:
                    guard index < sample.personCount else { return nil }
                    return .person(sample.person(index))
                case .personalDetails:
                    guard sample.includesPersonalDetails, index < sample.personCount else { return nil }
                    return .personalDetails(sample.personalDetails(index, serials: &serials))
                case .activity:
                    guard index < sample.activityCount else { return nil }
                    return .activity(sample.activity(index))
                case .participation:
                    return nil
                case .job:
                    guard index < sample.jobCount else { return nil }
                    return .job(sample.job(index))
                case .product:
                    guard index < sample.productCount else { return nil }
                    return .product(sample.product(index))
                case .developmentPlan:
                    guard index < sample.planCount else { return nil }
                    return .developmentPlan(sample.plan(index))
                case .supportProgramme:
                    guard index == 0 else { return nil }
                    return .supportProgramme(
                        SupportProgramme(
                            id: "spp-01", title: "Program podpore socialnim podjetjem in zadrugam",
                            approvedOn: SampleGeography.day(2019, 2, 15),
                            materials: ["Priročnik", "Delovni zvezek"]))
                case .milestone:
                    guard index == 0 else { return nil }
                    return .milestone(
                        Milestone(
                            id: "ms-01", output: "OUT-01", title: "Vzpostavljen regijski mrežni laboratorij",
                            achievedOn: SampleGeography.day(2019, 1, 31)))
                case .budgetLine, .costItem, .paymentClaim, .paymentClaimItem:
                    if finance == nil { finance = sample.financeRecords(of: kind) }
                    guard let finance, index < finance.count else { return nil }
                    return finance[index]
                }
            }
        }
    }
}
