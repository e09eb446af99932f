/// Word lists for sample data: common Slovenian given and family names, organisation name stems,
/// training modules, mentoring topics and products. Invented for this package; any likeness to a real
/// person or organisation is a coincidence of common words.
enum SampleVocabulary {
    /// Common female given names.
    static let femaleGivenNames = [
        "Ana", "Maja", "Irena", "Mojca", "Mateja", "Nina", "Barbara", "Petra", "Andreja", "Katja", "Tanja",
        "Eva", "Sara", "Nataša", "Urška", "Tjaša", "Jožica", "Marija", "Vesna", "Simona", "Špela", "Metka",
        "Alenka", "Helena", "Darja", "Polona", "Neža", "Lara", "Zala", "Kristina", "Sonja", "Milena", "Vida",
        "Brigita", "Lidija", "Tina", "Karmen", "Suzana", "Monika", "Anja",
    ]

    /// Common male given names.
    static let maleGivenNames = [
        "Franc", "Janez", "Marko", "Anton", "Ivan", "Andrej", "Jože", "Luka", "Matej", "Peter", "Tomaž",
        "Aleš", "Boštjan", "Gregor", "Jure", "Rok", "Miha", "Matjaž", "Simon", "Primož", "Uroš", "Blaž",
        "Žiga", "Nejc", "Klemen", "Dejan", "Bojan", "Milan", "Stanko", "Zoran", "Srečko", "Damjan", "Aljaž",
        "Jan", "Tadej", "Gašper", "Mitja", "Vinko", "Darko", "Sebastjan",
    ]

    /// Common family names, with a Štajerska accent.
    static let familyNames = [
        "Novak", "Horvat", "Kovačič", "Krajnc", "Zupančič", "Potočnik", "Kovač", "Mlakar", "Kos", "Vidmar",
        "Golob", "Turk", "Božič", "Kralj", "Korošec", "Zupan", "Bizjak", "Hribar", "Kotnik", "Rozman",
        "Petek", "Žagar", "Kolar", "Koren", "Zajc", "Knez", "Medved", "Pirc", "Hrovat", "Lah", "Kuhar",
        "Zorko", "Majcen", "Sever", "Babič", "Čeh", "Lesjak", "Vogrin", "Kokol", "Kramberger", "Pintarič",
        "Bezjak", "Žnidarič", "Toplak", "Frangež", "Ornik", "Fras", "Rajh", "Meško", "Šalamun", "Plohl",
        "Kmetec", "Hojnik", "Kaučič", "Gajšek", "Vaupotič", "Pučko", "Arnuš", "Zemljarič", "Cvetko",
    ]

    /// Stems for organisation names (each used once in the demo).
    static let organisationStems = [
        "Zeleni most", "Sončna vas", "Dobrote Haloz", "Kruh in sol", "Mlinček", "Skupnostni vrt Tezno",
        "Pletilnica", "Mreža dobrih sosedov", "Vrtnica", "Lesna hiša", "Obrt in znanje", "Popravljalnica",
        "Zadružni hlev", "Čebelji panj", "Modra dolina", "Pot do dela", "Srebrna nit", "Dravski breg",
        "Pohorski gozd", "Kozjak", "Haloška trta", "Bučno olje", "Stari trg", "Zelena energija",
        "Kolesarnica", "Ponovna raba", "Mozaik", "Kuhinja sveta", "Šivalnica", "Sadovnjak", "Medeni kotiček",
        "Tkalnica", "Ustvarjalni laboratorij", "Skupna miza", "Zavetje", "Odprta vrata", "Domača obrt",
        "Zeliščni vrt", "Rokodelski center", "Dobra družba", "Hiša sadja", "Zlati klas", "Vez",
        "Korak naprej",
        "Sosedska pomoč", "Lončarski krog", "Bistra glava", "Slovenskogoriški okusi", "Pohorska jagoda",
        "Mostovi", "Zelena streha", "Kamra", "Nova pot", "Prleški hram", "Vinograd", "Kmečka tržnica",
        "Dravsko polje", "Svetli dom", "Vrelec", "Studenec", "Knjigobežnica", "Kvartet", "Leseni konjiček",
    ]

    /// Training modules of the support programme.
    static let trainingModules = [
        "Osnove socialnega podjetništva", "Poslovni model za socialno podjetje", "Zadružništvo v praksi",
        "Financiranje socialnih podjemov", "Digitalni marketing za socialna podjetja",
        "Vodenje prostovoljcev",
        "Trajnostna lokalna oskrba", "Pravni okvir socialnega podjetništva", "Merjenje družbenega učinka",
        "Javna naročila in socialna ekonomija", "Računovodstvo za nevladne organizacije",
        "Razvoj družbeno inovativnih produktov", "Vključevanje ranljivih skupin v delo",
        "Skupnostno upravljanje",
    ]

    /// Mentoring topics.
    static let mentoringTopics = [
        "poslovni načrt", "financiranje", "trženje", "zaposlovanje", "pridobitev statusa socialnega podjetja",
        "razvoj produkta", "upravljanje zadruge", "digitalizacija", "javni razpisi",
    ]

    /// Socially innovative products and services.
    static let products: [(String, ProductKind)] = [
        ("Zeliščni čaji iz Haloz", .product), ("Dostava s tovornimi kolesi", .service),
        ("Popravljalnica oblačil", .service), ("Sokovi iz starih sort jabolk", .product),
        ("Izposoja orodja v soseski", .service), ("Leseni didaktični pripomočki", .product),
        ("Prevozi za starejše na podeželju", .service), ("Torbe iz odsluženih transparentov", .product),
        ("Skupnostna pralnica", .service), ("Bučno olje iz zadružne oljarne", .product),
        ("Varstvo otrok v skupnostnem vrtu", .service), ("Keramika iz lokalne gline", .product),
        ("Vzdrževanje zelenic z brezposelnimi", .service), ("Med s slovenskogoriških travnikov", .product),
        ("Kosila iz lokalnih sestavin", .service), ("Pletene kape iz domače volne", .product),
        ("Digitalno opismenjevanje starejših", .service), ("Ekološka zelenjavna košarica", .product),
        ("Svetovanje za energetsko revščino", .service), ("Unikatno pohištvo iz odpadnega lesa", .product),
        ("Turistični izleti z lokalnimi vodniki", .service), ("Naravna kozmetika z Pohorja", .product),
        ("Mobilna knjižnica za vasi", .service), ("Sušeno sadje iz haloških sadovnjakov", .product),
        ("Storitve hišnika za soseske", .service), ("Reciklirani papir za tiskovine", .product),
    ]

    /// Titles of the persons who train and mentor (used only inside activity details).
    static let trainers = [
        "mag. Tanja Kolar", "dr. Matej Horvat", "Irena Kmetec", "Boštjan Vogrin", "dr. Nina Lesjak",
        "Aleš Kramberger", "Mojca Toplak", "Gregor Fras",
    ]

    /// Folds a name to ASCII letters for a synthetic e-mail address.
    static func asciiFolded(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.lowercased() {
            switch character {
            case "č", "ć": out.append("c")
            case "š": out.append("s")
            case "ž": out.append("z")
            case "đ": out.append("d")
            case " ", "-": out.append(".")
            default: if character.isASCII { out.append(character) }
            }
        }
        return out
    }
}
