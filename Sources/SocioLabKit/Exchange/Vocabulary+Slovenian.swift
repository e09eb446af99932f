/// The Slovenian words partner staff may write for the values of every closed list of the CSV files, in
/// one place. `Documentation/DataFormats.md` lists them under "Slovenian words"; `VocabularyTests` checks
/// that the two agree and that no word means two values. Each word is also accepted without its
/// diacritics and in any case (`udelezenec`, `Udeleženec`); where a word depends on the person's gender,
/// both forms are listed.

extension ParticipationRole: Vocabulary {
    /// The roles a participation may have.
    package static var vocabulary: [ParticipationRole] {
        [.participant, .mentee, .mentor, .trainer, .speaker, .exhibitor, .host, .organiser]
    }

    /// `udeleženec`, `trener` …
    package var slovenian: [String] {
        switch self {
        case .participant: ["udeleženec", "udeleženka"]
        case .mentee: ["mentoriranec", "mentoriranka"]
        case .mentor: ["mentor", "mentorica"]
        case .trainer: ["trener", "trenerka"]
        case .speaker: ["govornik", "govornica", "predavatelj", "predavateljica"]
        case .exhibitor: ["razstavljavec", "razstavljavka"]
        case .host: ["gostitelj", "gostiteljica"]
        case .organiser: ["organizator", "organizatorka"]
        default: []
        }
    }
}

extension ParticipationStatus: Vocabulary {
    /// `prijavljen`, `udeležen` …
    package var slovenian: [String] {
        switch self {
        case .registered: ["prijavljen", "prijavljena"]
        case .attended: ["udeležen", "udeležena", "prisoten", "prisotna"]
        case .noShow: ["ni prišel", "ni prišla", "odsoten", "odsotna"]
        case .cancelled: ["odjavljen", "odjavljena"]
        }
    }
}

extension ActivityStatus: Vocabulary {
    /// `načrtovano`, `izvedeno`, `odpovedano`.
    package var slovenian: [String] {
        switch self {
        case .planned: ["načrtovano"]
        case .held: ["izvedeno"]
        case .cancelled: ["odpovedano"]
        }
    }
}

extension Gender: Vocabulary {
    /// `ž`, `ženska`, `moški` …
    package var slovenian: [String] {
        switch self {
        case .female: ["ž", "ženska"]
        case .male: ["moški"]
        case .nonBinary: ["nebinarno"]
        case .undisclosed: ["neopredeljeno"]
        }
    }
}

extension EmploymentStatus: Vocabulary {
    /// `zaposlen`, `brezposeln` …
    package var slovenian: [String] {
        switch self {
        case .employed: ["zaposlen", "zaposlena"]
        case .selfEmployed: ["samozaposlen", "samozaposlena"]
        case .unemployed: ["brezposeln", "brezposelna"]
        case .longTermUnemployed: ["dolgotrajno brezposeln", "dolgotrajno brezposelna"]
        case .inactive: ["neaktiven", "neaktivna"]
        case .inactiveInEducation: ["v izobraževanju"]
        }
    }
}

extension SensitiveAnswer: Vocabulary {
    /// `da`, `ne`, `ne želi odgovoriti`.
    package var slovenian: [String] {
        switch self {
        case .yes: ["da"]
        case .no: ["ne"]
        case .refused: ["ne želi odgovoriti", "brez odgovora"]
        }
    }
}

extension OrganisationStage: Vocabulary {
    /// `ideja`, `zagon`, `rast`, `zrelost`.
    package var slovenian: [String] {
        switch self {
        case .idea: ["ideja"]
        case .startup: ["zagon"]
        case .growth: ["rast"]
        case .mature: ["zrelost"]
        }
    }
}

extension JobKind: Vocabulary {
    /// `ustvarjeno`, `ohranjeno`.
    package var slovenian: [String] {
        switch self {
        case .created: ["ustvarjeno", "novo"]
        case .retained: ["ohranjeno"]
        }
    }
}

extension ProductKind: Vocabulary {
    /// `izdelek`, `storitev`.
    package var slovenian: [String] {
        switch self {
        case .product: ["izdelek"]
        case .service: ["storitev"]
        }
    }
}

extension PaymentClaim.Status: Vocabulary {
    /// `osnutek`, `oddan`, `odobren`, `plačan`.
    package var slovenian: [String] {
        switch self {
        case .draft: ["osnutek"]
        case .submitted: ["oddan", "oddano"]
        case .approved: ["odobren", "odobreno"]
        case .paid: ["plačan", "plačano", "izplačan"]
        }
    }
}

extension LegalForm: Vocabulary {
    /// The Slovenian name and the abbreviation (`družba z omejeno odgovornostjo`, `d.o.o.`); the import
    /// reads a legal form more leniently still (``LegalForm/init(parsing:)``).
    package var slovenian: [String] { [slovenianName] + (abbreviation.map { [$0] } ?? []) }
}
