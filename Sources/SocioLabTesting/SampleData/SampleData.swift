import SocioLabKit

/// Seeded, deterministic sample data for the SocioLab Podravje operation: a demo the size of the real
/// operation, and large datasets for benchmarks.
///
/// The same seed always gives the same dataset, record for record and byte for byte when encoded: every
/// random choice comes from ``SplitMix64``, never from the system generator, the clock, `UUID()` or the
/// order of a dictionary. The guide `Documentation/SampleData.md` describes what the demo contains.
public enum SampleData {
    /// The demo's default seed (the year the operation started).
    public static let demoSeed: UInt64 = 2018

    /// The last day of the demo data, and the day its report is meant to be read as of: 31 December 2020.
    public static let demoAsOf = SampleGeography.day(2020, 12, 31)

    /// The persons the demo makes attend a held training (OUT-05).
    public static let demoTrainedPersons = 210
    /// The social-economy organisations the demo trains or mentors (OUT-04).
    public static let demoSupportedOrganisations = 24
    /// The demo's jobs in the social economy (OUT-06).
    public static let demoJobs = 22
    /// The demo's supported products (OUT-08).
    public static let demoProducts = 20
    /// The demo's development plans (OUT-03).
    public static let demoPlans = 20

    /// The value of each output in the demo as of ``demoAsOf``, whatever the seed: the counts are fixed by
    /// construction and only the details are random.
    ///
    /// Against the straight line from 1 April 2018 to 31 December 2021 (73 % of the period has passed by
    /// 31 December 2020) this shows every status: achieved (OUT-01, 02, 05, 07, 11, 13), on track (OUT-04:
    /// 24 ≥ 22.0 expected), at risk (OUT-08: 20 is 91 % of 22.0 expected) and behind (OUT-06: 22 is 75 %
    /// of 29.4; OUT-09, OUT-10, OUT-12: 68 %). OUT-03 has no target.
    public static let demoOutputs: [OutputID: Int] = [
        "OUT-01": 1, "OUT-02": 5, "OUT-03": demoPlans, "OUT-04": demoSupportedOrganisations,
        "OUT-05": demoTrainedPersons, "OUT-06": demoJobs, "OUT-07": 1, "OUT-08": demoProducts, "OUT-09": 2,
        "OUT-10": 1, "OUT-11": 1, "OUT-12": 2, "OUT-13": 1,
    ]

    /// The demo dataset: SocioLab Podravje from April 2018 to 31 December 2020.
    ///
    /// About the size of the real operation: 60 organisations (38 of the social economy: social
    /// enterprises, cooperatives and initiatives), 300 persons with personal details, about 150 activities
    /// of every standard kind (training, mentoring, fair, conference, competition, campaign; some cancelled
    /// and some planned for early 2021), about 900–950 participations, 5 info points, 22 jobs, 20 products,
    /// 20 development plans, the support programme and the OUT-01 milestone. It has no validation errors
    /// under the core rules; its deliberate warnings are listed in `Documentation/SampleData.md`.
    /// - Parameter seed: The seed; the default is ``demoSeed``.
    /// - Returns: The dataset.
    /// - Complexity: O(1) in the seed: a few milliseconds.
    public static func demo(seed: UInt64 = demoSeed) -> Dataset {
        var generator = DemoGenerator(seed: seed)
        return generator.generate()
    }

    /// A large dataset for benchmarks (see ``LargeSample`` for its shape).
    /// - Parameters:
    ///   - persons: The number of persons; participations are about five times as many.
    ///   - seed: The seed; the default is ``demoSeed``.
    ///   - personalDetails: Whether to add names and EMŠO numbers for every person (slower).
    /// - Returns: The dataset.
    /// - Complexity: O(*n*) in `persons`, time and memory.
    public static func large(persons: Int, seed: UInt64 = demoSeed, personalDetails: Bool = false) -> Dataset
    {
        LargeSample(persons: persons, seed: seed, personalDetails: personalDetails).makeDataset()
    }
}
