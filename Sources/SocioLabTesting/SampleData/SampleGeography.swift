import SocioLabKit

/// Where sample organisations, persons and activities are: the Podravje municipalities weighted roughly by
/// population, and the area info point that serves each of them.
enum SampleGeography {
    /// The five info points: identifier, name, seat, host partner, opening day.
    static let infoPoints: [(id: String, name: String, seat: String, host: String, opened: Day)] = [
        ("ip-maribor", "Informacijska točka Maribor", "Maribor", "citilab", day(2018, 9, 3)),
        ("ip-ptuj", "Informacijska točka Ptuj", "Ptuj", "bistra-ptuj", day(2018, 9, 17)),
        (
            "ip-slovenska-bistrica", "Informacijska točka Slovenska Bistrica", "Slovenska Bistrica",
            "ric-slovenska-bistrica", day(2018, 10, 1)
        ),
        ("ip-lenart", "Informacijska točka Lenart", "Lenart", "ra-slovenske-gorice", day(2018, 10, 15)),
        ("ip-haloze", "Informacijska točka Haloze", "Videm", "prj-halo", day(2019, 1, 14)),
    ]

    /// The municipalities of Haloze, served by the Haloze info point.
    static let haloze: Set<String> = ["Videm", "Podlehnik", "Žetale", "Majšperk", "Cirkulane", "Zavrč"]

    /// The Podravje municipalities with weights roughly proportional to population.
    static let weightedMunicipalities: [(Municipality, Int)] = Municipality.podravje.map { municipality in
        switch municipality.name {
        case "Maribor": (municipality, 60)
        case "Ptuj": (municipality, 28)
        case "Slovenska Bistrica": (municipality, 12)
        case "Lenart": (municipality, 8)
        case "Ruše", "Ormož", "Kidričevo", "Hoče - Slivnica", "Duplek": (municipality, 4)
        default: (municipality, 2)
        }
    }

    /// The cumulative weights of ``weightedMunicipalities``, for fast drawing.
    static let cumulativeWeights: [Int] = {
        var total = 0
        return weightedMunicipalities.map {
            total += $0.1; return total
        }
    }()

    /// A Podravje municipality drawn by weight.
    static func municipality(using rng: inout SplitMix64) -> Municipality {
        let roll = rng.uniform(cumulativeWeights[cumulativeWeights.count - 1])
        var low = 0
        var high = cumulativeWeights.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulativeWeights[mid] > roll { high = mid } else { low = mid + 1 }
        }
        return weightedMunicipalities[low].0
    }

    /// The index in ``infoPoints`` of the info point serving `municipality`.
    static func infoPointIndex(for municipality: Municipality) -> Int {
        if haloze.contains(municipality.name) { return 4 }
        switch municipality.administrativeUnit {
        case "Ptuj", "Ormož": return 1
        case "Slovenska Bistrica": return 2
        case "Lenart": return 3
        default: return 0
        }
    }

    /// The municipality with this name or code; the names used here all exist.
    static func lookup(_ text: String) -> Municipality {
        guard let municipality = Municipality.lookup(text) else {
            preconditionFailure("sample data names an unknown municipality \(text)")
        }
        return municipality
    }

    /// A calendar day that exists.
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        guard let value = Day(year: year, month: month, day: day) else {
            preconditionFailure("sample data names a day that does not exist: \(year)-\(month)-\(day)")
        }
        return value
    }
}
