/// The pinned SHA-256 digests of the format pins, keyed by what the bytes are, taken from the code as it was
/// at the start of issue 13 (identical under other time zones and locales).
///
/// Never edit one to make a test pass: a changed digest means a changed format (see
/// ``FormatPin/message(_:actual:expected:)``).
enum PinnedDigests {
    static let all: [String: String] = [
        // Issue 15: every `html-sl` / `html-en` digest changed for the HTML report's new layout (a cover block
        // and summary page, charts with axes and legends, measures with units, breakdowns as tables, print
        // on A4 with 10 mm margins). Only the HTML renderer changed: no other digest and no figure changed.
        // The ten CSV files of the exchange contract (`CSVExport.files(for:writer:)`), default and Excel writer.
        "csv demo/activities.csv (default)":
            "f378ce8e634b9d933669baaaf3b01302768164ad79a2ec904d4cba2c94408d35",
        "csv demo/activities.csv (excel)": "1974e3a1769874cb7d1e7301c5f5548072251311f7856407dd1858f15babdb6e",
        "csv demo/development_plans.csv (default)":
            "5e6c9c5208943d1462feef7299e583ea468688c78e68206d0eeaa26f148d17a5",
        "csv demo/development_plans.csv (excel)":
            "895a96b14405508237a57cacd75f77a19da7396645621fcdbc38e815d78ab340",
        "csv demo/info_points.csv (default)":
            "88f66097bb111ab72b45db3a2c9586aa9cbc67b9fdb90fb89be782afed9b8cb3",
        "csv demo/info_points.csv (excel)":
            "0f28ad7a822cffeef42b6fd3669eac81023338bfe24b4992bc9dff473808d4c5",
        "csv demo/jobs.csv (default)": "17d1d385dc45e88867fa7750456414d01177aa4fa6139ff3c337fed5aa58b36a",
        "csv demo/jobs.csv (excel)": "9f00a1adb8790292f91c464fe6dfd49e86462b3e187d0b1269ba74852a13aae1",
        "csv demo/milestones.csv (default)":
            "62db0ecf22258096684767317b375caccf8c31bb7578b03d2ebe988ff63664ba",
        "csv demo/milestones.csv (excel)": "5ca65bd09785278e99f70602ebb35a5de319417f33b473dec151ed81c774dfba",
        "csv demo/organisations.csv (default)":
            "5990bb27b7c363a50d53b347a55fa1a8db95e95e6a6faa176bbd9a82fed487ec",
        "csv demo/organisations.csv (excel)":
            "1a3250590319c07e508de0aeb76b8d890e14ad03006a19a4f3dcf20eb4f671a2",
        "csv demo/participations.csv (default)":
            "1e1ab506122871f073daa5136e7a1ef38bb9a17a7cacc3f784a4c6065f2b3404",
        "csv demo/participations.csv (excel)":
            "b38444c1a793d6b76cf668aaaec9d50bed3100ee2dfba6461e3f0d5d299d9df6",
        // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
        "csv demo/persons.csv (default)": "1a248aab5527d4d9d0c43e1dfca3cef50aef0edf459a91a1c484cb2db7dce717",
        // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
        "csv demo/persons.csv (excel)": "8a6e96d4a82749b68109059e184469dcd096c7d92e90a1302180ec2a118e20a7",
        "csv demo/products.csv (default)": "c03d761afd4a4cca94ecc67b6f869e7eabc4ad427c8b451458eef2ddd3eba561",
        "csv demo/products.csv (excel)": "bf6d7094dbf559701b865930d5683dd604e2c82eb92994455f7d8ad6f1ee4e31",
        "csv demo/support_programmes.csv (default)":
            "2b2ea1bf8d50db054e51aae53752e8f453e83514f4cff5a8d050211712b9a8e6",
        "csv demo/support_programmes.csv (excel)":
            "a0af2299f2c800479ae229e22a97b160449ef7d00b389232ccb155f5c78fdfaa",
        "csv every-kind/activities.csv (default)":
            "2a733004097667921756dac353bf83285de3f21b90d25564c534720235dc9ea5",
        "csv every-kind/activities.csv (excel)":
            "6b076183c24c63659269de286a933a69a40b70513bd5b0318c58b3141d6aa2b4",
        "csv every-kind/development_plans.csv (default)":
            "57bea1d08e1046f9ad47cfd69002eeaa517fea2085a4c2b5d30a210c11793d15",
        "csv every-kind/development_plans.csv (excel)":
            "20e0201ee28f2181f5d58900e3ad22057ce0f666580b524c1e168351a2d20ead",
        "csv every-kind/info_points.csv (default)":
            "3bfb53d4ad086aae5227ec2c5c2ad32749d95d78c7de27874d5d876fc8bd07ba",
        "csv every-kind/info_points.csv (excel)":
            "d639235fcdf158da957f9a21e365481c6125ca8b156887924b6f2ca3cbbef4a5",
        "csv every-kind/jobs.csv (default)":
            "e0fedcdd729399c03131c692e3f637acff915b48c0c5503a07cb4aca8325370c",
        "csv every-kind/jobs.csv (excel)": "dc253c4bc721dd6384aba4c8d96758922dc583534fd731e64d4cb6d734769cbd",
        "csv every-kind/milestones.csv (default)":
            "3d7697e65044aaa7c45de47db25a7029fb09cce269f7a3aa38d6bdbbc0d605ad",
        "csv every-kind/milestones.csv (excel)":
            "ea977f59a5433915d771bb20db8edc5d14efbe299e7578e8ab2da8490c555535",
        "csv every-kind/organisations.csv (default)":
            "8234a10d530b4933388dd343e617b84ca6c8c2cd21648b25c90213a881b9812f",
        "csv every-kind/organisations.csv (excel)":
            "646f358dbc0d446291d6171ab5803c39c2f4a3def28f889e81b6749d0ad6b96b",
        "csv every-kind/participations.csv (default)":
            "bca8c2c6e3199db550d590bb3e52a29398c1aeb2d12db11c8765bbcdc60ba02e",
        "csv every-kind/participations.csv (excel)":
            "19912528fd987b8a77e8b5e6eff0c787dbb303082c4e821c6aa16e03c9762c6b",
        "csv every-kind/persons.csv (default)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "3dd7992d452ae90d4aa53344ecb73bcdbc03456457a22a51e077c68ac4ad5e57",
        "csv every-kind/persons.csv (excel)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "9e0299e70bc58ec44443b3212fac47344e4e750df16e8062231aa169670df6dd",
        "csv every-kind/products.csv (default)":
            "258e6591d64eccf2398c9e21bac6128cd2ce793d12ca515b5a369577805d74eb",
        "csv every-kind/products.csv (excel)":
            "136f98e4d505e0805ca53c7c252aa58b06c3c7b2922a247d6356eaddda3e965e",
        "csv every-kind/support_programmes.csv (default)":
            "b2c59e97beaa8ad5cf75092d9247359d0f1162c6fcd34d8b3ecb11ec2531610f",
        "csv every-kind/support_programmes.csv (excel)":
            "f525161307a2bee2d9d5585eb4268b0e161ce5d3cb7c27d7718fb4f82ac6930b",
        "csv large-1000/activities.csv (default)":
            "0adae69e896954a62973b2d519efb4059e1968aa39896503354d114ad7d9b59e",
        "csv large-1000/activities.csv (excel)":
            "f741f05344f62e8cafea9577a11804da0ed0e510c3874a786607edacca92a582",
        "csv large-1000/development_plans.csv (default)":
            "5956216164dead14762a64320bb51f316f9a986c72219ff40b0893d6ea50c7ab",
        "csv large-1000/development_plans.csv (excel)":
            "6c9b6b7fc43f64b26420be8f33401650aa5c2eb4f8143b93dd11e907b57143bc",
        "csv large-1000/info_points.csv (default)":
            "88f66097bb111ab72b45db3a2c9586aa9cbc67b9fdb90fb89be782afed9b8cb3",
        "csv large-1000/info_points.csv (excel)":
            "0f28ad7a822cffeef42b6fd3669eac81023338bfe24b4992bc9dff473808d4c5",
        "csv large-1000/jobs.csv (default)":
            "884124eca8ab022b49d7f2efc4df7747704f75442d8fc1de27fc2c8e7fd428a4",
        "csv large-1000/jobs.csv (excel)": "bb04e530381c91a84b22fa01dec547f0b702d7005d0c2e0aa62de9799eef59ff",
        "csv large-1000/milestones.csv (default)":
            "68f1b78b1d9706822730ec6af2aa41755a13666c69e1a8fc75fbb4e0a886afc6",
        "csv large-1000/milestones.csv (excel)":
            "19cbc0c1a8a413eb09af908fbf9f1b68e7abb5ffd62f39a4dd1c9546525d3dff",
        "csv large-1000/organisations.csv (default)":
            "af181e7a287d2d415bf2e7f7e4f9e4c21112277296b0ccd356b09c3f7e185be0",
        "csv large-1000/organisations.csv (excel)":
            "d2532904e4fe6b27c89f3cd1d454cf031a15b488a527a2f6493203b483017f2c",
        "csv large-1000/participations.csv (default)":
            "07c3a5004617f21c8daf321cffc7fc63808aa01ab767591e39b48c7bc26b5a18",
        "csv large-1000/participations.csv (excel)":
            "dacb1eb6c2e35822c4134a1ab0febd5678f8dea07279ddf462f132a95ba7d97d",
        "csv large-1000/persons.csv (default)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "83eb4a7a5ddb37b843fea688763ae933918659e856f66162af2118112d27bd99",
        "csv large-1000/persons.csv (excel)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "6846158971bee558db9ae7b86f90de3fb5d46f65ce4a5be2a5b173a628103e1c",
        "csv large-1000/products.csv (default)":
            "627dd931f55a63a7dce2ea03f46ec711ec4841efaef114e3f73b1d3ac272dd6e",
        "csv large-1000/products.csv (excel)":
            "5d06226eda8053b490f4c36abfad30de3917408c9f808712f2c9854480834c17",
        "csv large-1000/support_programmes.csv (default)":
            "b3f42dd08c8fe9cee9133403c53b8458be7aeb6c478bb459db0e19d58ffcf4bb",
        "csv large-1000/support_programmes.csv (excel)":
            "e3d2cfcb016523729f6106e3a4cc728cab446a73d8200ea1479660171ee80d9f",
        "csv pin-sample/activities.csv (default)":
            "12b3e251138938b266cba95bc322e5dff28de160702ce3152e47ebde96d4d0ee",
        "csv pin-sample/activities.csv (excel)":
            "1b15013ba378421a70804d9bbb82354dd854277fa41e44368322fbf40af812a4",
        "csv pin-sample/development_plans.csv (default)":
            "bb33fdd01b66907c6a5817c3c92d2cdcc561436e7581a1f4a97789561176a154",
        "csv pin-sample/development_plans.csv (excel)":
            "620181c9d42b6bb593aefdda840afab4b059d3ad456003a91e335f77ad9a37a8",
        "csv pin-sample/info_points.csv (default)":
            "73910b311b8ae80e9a49e82ecdbc9a6564b21cfcc830f584b18131e754a509ce",
        "csv pin-sample/info_points.csv (excel)":
            "33bb283cc4865b5655d53de522f3e8d0f13aae6605ea8dead99afe15c4968726",
        "csv pin-sample/jobs.csv (default)":
            "c95c43305d222e3d05b6b60eec0bbf4886bed53798591375dea41f04784e7cfc",
        "csv pin-sample/jobs.csv (excel)": "fb6a46a896d848596267a5679e95773b96ca6de2a71bf9c7b93f4e68deb814f2",
        "csv pin-sample/milestones.csv (default)":
            "f35251522b1c4be8f00f0fcf0ac440949747ef93c4ce0baf68afb9f74201a5d8",
        "csv pin-sample/milestones.csv (excel)":
            "c21fe7a4d827dcc238fde6c8d61848afe4bcea2c79ae891441703eccdaac1d11",
        "csv pin-sample/organisations.csv (default)":
            "750ac9818ebb227ac224493da25a025bbb5042039bdcf65d5da00e940e949d2f",
        "csv pin-sample/organisations.csv (excel)":
            "72ed756c03359ecc1454b9c3f2a2625372f5781c2d508b98ecd35b0662045ce4",
        "csv pin-sample/participations.csv (default)":
            "531b27c3b37794efd70e5262bd09ff86606114a57d99a5f06aec7e702e7e453b",
        "csv pin-sample/participations.csv (excel)":
            "028d4196d4a57ceb5df8c864fdff2b3e184dad805578bf5000d1a4279ceebb0c",
        "csv pin-sample/persons.csv (default)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "62552956cd42f966e87b8d12ee31812b331c876ffaf24ba00e4f313d6b3399eb",
        "csv pin-sample/persons.csv (excel)":
            // Issues 14 and 17 added details_erased_on and enrolled_by to persons.csv; pin renewed.
            "055acde452aad237531a80a82adaaa20e86e110de3e40715b9b71431007a2439",
        "csv pin-sample/products.csv (default)":
            "2a5d9dd45099f454df5b62c4362976e6f77ccb298c00353de35bf38e1296460c",
        "csv pin-sample/products.csv (excel)":
            "2f51328e1df31e1c52efcdb7882d0218155a2d7d3c03a1508d22f32693de73c8",
        "csv pin-sample/support_programmes.csv (default)":
            "e6f1df2d9bca60f77e1f536b705d0dff0615f3263ac3c3d4c8769ab3f0a1153b",
        "csv pin-sample/support_programmes.csv (excel)":
            "08f6fb20de9954c0383e1d688ca97deb7ab86f0b7c8e3e3b9186931f88725a18",
        // The JSON dataset document (`DatasetDocument.encode`).
        "json demo/dataset.json": "909592f0f3d25dc5c724cf0ed7ef305c2db84339a1586602bed8fe4dfe91c4eb",
        "json every-kind/dataset.json": "45898820465c6f3c450ce7e29ed44660737a0e5928e093264af88382fc9b5383",
        "json large-1000/dataset.json": "f856a9ecb2ed05a1a891a1d8931bd3b3c804475ce2d61ee6027a11fb190041c8",
        "json pin-sample/dataset.json": "dea9dea43410781f54f63941fd50a4dce45d72930b646b0ae3fe51b67a4be56a",
        // The dataset fingerprint (`DatasetFingerprint`, version 2 of the canonical form): beside `FingerprintStabilityTests`'s.
        "fingerprint demo": "c3cb9279eef2a16a3e6d886601cdfc90dc45d30fcff0ab0b60128ddcc8d85041",
        "fingerprint every-kind": "edcb9e41384384db28f04287031aed9f2e0c23898e367b2dd753ba77e63f627b",
        "fingerprint large-1000": "397ecdf38d49995ed2a12ad013694232f15ea292df75b30304ca68ea9833ac97",
        "fingerprint pin-sample": "d9852bf4a7ee53c58082644e273d524992daa9c6ffc1f8ca5ce3e5b8dab9a1d9",
        "fingerprint store fixture v2": "492ff5e40722f3dcd322df9d94ded3ed170004a8215916849878fb0e07aff993",
        // `ReportBuilder(plugins: .standard)` at the demo's report day, each renderer.
        // Issue 15 (a deliberate report format change, every renderer): breakdowns asked for are shown as
        // tables, measures with their units, forecasts whole and only where they mean something, partner
        // scopes by sub-target or share, unverified codes in a technical appendix, secondary suppression
        // of the part the cells leave out of a total and of small incompleteRecords, new JSON keys
        // (requestedBreakdowns, measureUnit, shortfall, operationToDate, share, operation.partners) and
        // four new CSV columns (unit, shortfall, share, verification). The report pins were renewed.
        // Issue 14: the report JSON carries each indicator's counting rule, and those of OUT-04 (mentee
        // organisations; organisations with one registration or tax number count as one), OUT-06 (a job
        // recorded twice counts once), CO23/EECO19 and training.completion (an attendance entered twice
        // counts once) were reworded. The JSON digests changed for that text alone: no pinned figure
        // changed (the demo and the pin sample hold no such duplicates and no mentee without a
        // participation counted earlier).
        "report demo-2019-by-gender-partner-k5/csv-en-excel":
            "e6653565bb235dba25c7128f386a25ff6e48c2a503535701df870a082d79b287",
        "report demo-2019-by-gender-partner-k5/csv-sl":
            "401f754f1d89a194c37131a37dd96e1b19cead07d6caf183fed7845314121217",
        "report demo-2019-by-gender-partner-k5/html-en":
            "a8d5fb67b9f0b7d6b45d5110bd24668d7223722e73c777f181f657d188f1e71b",
        "report demo-2019-by-gender-partner-k5/html-sl":
            "d60fe7fa859a2b996676ec86a35b68c52b063c296018ea7dafe0d6db9d15da2c",
        "report demo-2019-by-gender-partner-k5/json":
            "dcf7f2a47cacc1512df544faa3888e4c7dfc697c51af1d3e2be31b8c346f1f45",
        "report demo-2019-by-gender-partner-k5/json-compact":
            "f7b717c507374a913f0da6ae9f3d6ff55939ba511dfe24a9048bc09910d34bdf",
        "report demo-2019-by-gender-partner-k5/markdown-en-brief":
            "4c5ce2fcef615f687b3f6d82945ca328aac63446a846d66ea373bf72ee300c7e",
        "report demo-2019-by-gender-partner-k5/markdown-sl":
            "7cdea2057997b8895281cb310ec452e23ad14eff25ba28f9439612bb5641d07b",
        "report demo-2019-by-gender-partner-k5/text-en":
            "dc44e6b0949300fd3269ce1589816ead0a00f651060f19103dd9eb3306f001c9",
        "report demo-2019-by-gender-partner-k5/text-sl":
            "3a557731a51a289b23e9888012cf7b16ae157de87cbd90df4c6199c6e90abef7",
        "report demo-2019Q3-prizma-by-person/csv-en-excel":
            "dfa18ab22f0bd3413c0d6df78a3045bad5c7193c8a0be3dccacadec872506b12",
        "report demo-2019Q3-prizma-by-person/csv-sl":
            "47003687226a6e98784436938caf30028153bfd4d130bfd169321c21ab53926b",
        "report demo-2019Q3-prizma-by-person/html-en":
            "86f378761533a0dfaa68475e420223d266352c5a61cb2df16e0039953374ca9b",
        "report demo-2019Q3-prizma-by-person/html-sl":
            "b2901a957a96d9a0b56f3b94f0cf4239c481a46684bb09d9b9c49deb6380f37f",
        "report demo-2019Q3-prizma-by-person/json":
            "3c9061843ae39b7eb7f9e81cbaf8af19a9c048bf3a518bae5be0a7c909d204a5",
        "report demo-2019Q3-prizma-by-person/json-compact":
            "72816308c823ff5e55380e9c080315c78f294ebe45a19736d2ea9058ba7797ba",
        "report demo-2019Q3-prizma-by-person/markdown-en-brief":
            "5d602aa6265a559e36edf25680d30d1377a5eee0ebea12647315c38fb31a3a1c",
        "report demo-2019Q3-prizma-by-person/markdown-sl":
            "44f92e13f18bdc584f3be88c30799f8b3a10c8e0fe88831861755139fca59828",
        "report demo-2019Q3-prizma-by-person/text-en":
            "ee0bfc8f42f2cc1cf74e83e95b2a80bb23d662d872c73e2312498549628b44e9",
        "report demo-2019Q3-prizma-by-person/text-sl":
            "7195810e32c1775f1d9fa3e93404f84b3e8edf3450c34d356099b3b90ed7547e",
        "report demo-range-by-place/csv-en-excel":
            "8ff12b4dd3dec78ea389175954d7b524092041b20ec4c43172f6053938c3192a",
        "report demo-range-by-place/csv-sl":
            "105da5386a8c931a3beb79fd7db64a48747a7cbcdf4a1dc91c69c25c3d06fe76",
        "report demo-range-by-place/html-en":
            "22b5910f7831a8fe132a13ad8122fefa0b56b553858ebc9b11ba3e9f09411625",
        "report demo-range-by-place/html-sl":
            "856431aa82e56b14d51b0eb7ac7d43eae89a4b26d96d6ad0cca8843e64f1cb47",
        "report demo-range-by-place/json": "6654c17f44f71cc0e638eee2629067a7d11e370d45c415ba8378e020a3981188",
        "report demo-range-by-place/json-compact":
            "7a3d527bdff4cf926f549532f9ea5d9cec593fd4ca7e299b13bc65e90ccef263",
        "report demo-range-by-place/markdown-en-brief":
            "510b4d423dac8276684914bed5a5a988871d40a315a584e664d97b72b433201b",
        "report demo-range-by-place/markdown-sl":
            "441caa003eda4cc746ad849f4262d59a96c06c9cdc7cc8b396031e2cb6bf46e1",
        "report demo-range-by-place/text-en":
            "1307355d23b70968d56fbc0e307d063beca1e1adb31ec7b1d94acb767ef3b3b3",
        "report demo-range-by-place/text-sl":
            "f5c5504bed90bfb4decd606348a2763bfde04e75a6dbc7ca1f0403a25e9f5d2b",
        "report demo/csv-en-excel": "57084c59b2d8dd17263485665bdb57e19960dde08dbb793021705d6c9749682b",
        "report demo/csv-sl": "e84248bb46da8525b1b3871d86592d4acabb6e20ec10242ccba98d5533e0c221",
        "report demo/html-en": "acc2accb8838139aa6d45f91501078c91d7ed2f3107370f62f7e80d63ac6c7f6",
        "report demo/html-sl": "193d9106b6bc257e251c83116141ee0591d941991cc146acf60cf0777afd2777",
        "report demo/json": "f21b041dbc5ac1a61a36e3edfb3635d0a4d6464b683d213b3f893fc7ed6ed2cd",
        "report demo/json-compact": "79541e32b1ab7e3ac06af32372c1f05a010a6c5c05eab9d51577c66ca0438f2d",
        "report demo/markdown-en-brief": "58c8b0b14cfc1a76d3e09c4ae1c804bababa1d8a1d38722e3e1f0f16900d4ebe",
        "report demo/markdown-sl": "f98fadbc9d07649d0608b680b37cc6b00912554a237cd1b87190e9ed6202f2a4",
        "report demo/text-en": "bc614f2ba33be3dd77d8d9e358b9f4a1cf8e7172a6193f5e4c5bef1dc494b6bb",
        "report demo/text-sl": "5aff9eec56ed1d961b59a923b93749a61e9ea41ef82cb9406434806d8eb587df",
        "report pin-sample-2020-k3/csv-en-excel":
            "38f20b5a3480f2c682e074c6846c71ce13ba2e3dfbc6520df3b9fcb4f23169dd",
        "report pin-sample-2020-k3/csv-sl":
            "487aab6742b813eb2eb6e0fce235ba4f6ba1eed40b99d86f24d127ccc3d63437",
        "report pin-sample-2020-k3/html-en":
            "6df58bf74df040c753ae301c2ab22c5e2cbb434fecf643afe3f3500fb3074293",
        "report pin-sample-2020-k3/html-sl":
            "b7730b5065ac41ccaaf4c82c8ab1c4c5a034b8b7b23d40e79c1ec8db80441ea4",
        "report pin-sample-2020-k3/json": "c93ac991732ef3998bcf1f6b436bda249d0f0f129efcc3b46320a6e46e39d51c",
        "report pin-sample-2020-k3/json-compact":
            "8c5863f8c98fec029d4cb2420604958464330ed9b515d933a2e05da6f0fee8df",
        "report pin-sample-2020-k3/markdown-en-brief":
            "31f4e3087c77fbee97dbeed4c2ca2bee3319f2fe52c86587df36b0549b8deb26",
        "report pin-sample-2020-k3/markdown-sl":
            "faa91fc22003a48679eed83087989dcca3aa8442a9ae070318c52cdfa3015669",
        "report pin-sample-2020-k3/text-en":
            "3253ff8ce3f778fbcb39f6a69a4ec05385c7aafd9463d7223a473d58d28dcf02",
        "report pin-sample-2020-k3/text-sl":
            "4b67114457cfbe2e370aeec5075158bcd71fa3daa854e1fe0265efeb8fe46811",
        "report pin-sample/csv-en-excel": "b3c899076a057c898b0283139837192d65446729c8723d271f4d1bd434f68ef7",
        "report pin-sample/csv-sl": "b0f47cfc8c6f87699e455c757fa9f2dbf4c5d3f9df9c9901a9557646d88a66e9",
        "report pin-sample/html-en": "aa9186a1c31387384ce8b10b414c2ddf3aada36095a5464c7635f7683ed2ad78",
        "report pin-sample/html-sl": "f3232663f02637a98c3644b541529906e9f8ecbb5c2829ef692a4eb647ca3c12",
        "report pin-sample/json": "3de6e38c2d6044a34e638da70f7ed869aeb6293dbe069ddd41bb6cd92de3547d",
        "report pin-sample/json-compact": "d61bfdda9143397a6689f93bd878d93c2e81e023eb54a11514035b586d7f42d3",
        "report pin-sample/markdown-en-brief":
            "1a49165f54a854186b0548c1b1f1b99e99d224db4bebfda33a312ae693f8da95",
        "report pin-sample/markdown-sl": "698a67bbb6f696c5b3612ddd1e0b052c1c03d5766a1679bc927b507b9287a403",
        "report pin-sample/text-en": "3fb222ab2355cd1f22b0f172841103f4a0ca43b6b4a3046abc7fc423d32fdb1c",
        "report pin-sample/text-sl": "54250233c8105980b9f357225a60bf075d8781a677e2fb714d62036f3669df81",
        // The JSON file store's files (format version 2), the store identifier replaced by `StoreBytes.fixedStoreID`.
        "store demo/appended/head.json": "498a4b1286a4e410a63188bd5c209caf53361224cdd8d5bd8dda504c29bb8b1a",
        "store demo/appended/journal.jsonl":
            "8d986360b7c66fb9ce81735c15492a17151ceb605d549f0fcf0e9d70f67602fa",
        "store demo/closed/head.json": "eb3fe37c168315be50951e045272e358ae02923fa886451cb4437fcae73bb611",
        "store demo/closed/history.jsonl": "854cd4ce759d2e2fc5e7a55a7103da5e64af93e164f1859cbdbc0a72d8340f99",
        "store demo/closed/journal.jsonl": "13a262b3703a153d1666d1e819b57401283080cb83af53903862d62946ceabcf",
        "store demo/closed/snapshot.json": "28cf476c7c33156204912818ab638c6bee0f06d509099efc924e7103a70fcb12",
        "store demo/compacted/head.json": "44ec99de0ff30b54b934a766cbf6ac00ca2f99880949f386c838855eaa0fb4a9",
        "store demo/compacted/history.jsonl":
            "4bfc6aedd124528a152966862839bbc2e4c9d70692601d8e120c01157bd7957a",
        "store demo/compacted/journal.jsonl":
            "c899d7bb2b990e27d40654059340d123c9c327514713e9c32ad75a96dd55cbb5",
        "store demo/compacted/snapshot.json":
            "1cbab2acabf4fa6085ed7a29c8dfb1057cbccc9f65f2bdc5bf51e1c948322488",
        "store demo/created/head.json": "4a0fd1cf68a4046a146acd197240d9d3c75c3b52bc92e0786c0774122909bc4b",
        "store demo/created/history.jsonl":
            "3d751a814c18a45ca7da2405c0c4c53a0c195fb33c9ba0e2b23e8eb1e211e0df",
        "store demo/created/journal.jsonl":
            "6ca6ac50762ea47c22687da61ec9443f93e1ee4e7179cf7ffa3467059b4427f9",
        "store demo/created/snapshot.json":
            "7e784d12de89bd09db351468a67d530c695a224164ef5d7167453a7e7bf050da",
        "store demo/erased/head.json": "280890cfd0fa5de3a596cf4fe9770135ddb32f11d00e9a878eecb99d89beb59e",
        "store demo/erased/history.jsonl": "854cd4ce759d2e2fc5e7a55a7103da5e64af93e164f1859cbdbc0a72d8340f99",
        "store demo/erased/journal.jsonl": "ddd1eaa4b2eea1a982b169be90b65aab4a56793abb9084a0c94311088d0c6731",
        "store demo/erased/snapshot.json": "28cf476c7c33156204912818ab638c6bee0f06d509099efc924e7103a70fcb12",
        "store pin-sample/appended/head.json":
            "498a4b1286a4e410a63188bd5c209caf53361224cdd8d5bd8dda504c29bb8b1a",
        "store pin-sample/appended/journal.jsonl":
            "8d986360b7c66fb9ce81735c15492a17151ceb605d549f0fcf0e9d70f67602fa",
        "store pin-sample/closed/head.json":
            "eb3fe37c168315be50951e045272e358ae02923fa886451cb4437fcae73bb611",
        "store pin-sample/closed/history.jsonl":
            "854cd4ce759d2e2fc5e7a55a7103da5e64af93e164f1859cbdbc0a72d8340f99",
        "store pin-sample/closed/journal.jsonl":
            "13a262b3703a153d1666d1e819b57401283080cb83af53903862d62946ceabcf",
        "store pin-sample/closed/snapshot.json":
            "cdc7553bb591eff8f223af0e2174db4cc78d7f42c395b56812d1ed0146d30c57",
        "store pin-sample/compacted/head.json":
            "44ec99de0ff30b54b934a766cbf6ac00ca2f99880949f386c838855eaa0fb4a9",
        "store pin-sample/compacted/history.jsonl":
            "4bfc6aedd124528a152966862839bbc2e4c9d70692601d8e120c01157bd7957a",
        "store pin-sample/compacted/journal.jsonl":
            "c899d7bb2b990e27d40654059340d123c9c327514713e9c32ad75a96dd55cbb5",
        "store pin-sample/compacted/snapshot.json":
            "5178043269d44c27143f85a8300259fe157fec33a5039330eaf5e8255674a9f7",
        "store pin-sample/created/head.json":
            "4a0fd1cf68a4046a146acd197240d9d3c75c3b52bc92e0786c0774122909bc4b",
        "store pin-sample/created/history.jsonl":
            "3d751a814c18a45ca7da2405c0c4c53a0c195fb33c9ba0e2b23e8eb1e211e0df",
        "store pin-sample/created/journal.jsonl":
            "6ca6ac50762ea47c22687da61ec9443f93e1ee4e7179cf7ffa3467059b4427f9",
        "store pin-sample/created/snapshot.json":
            "ad8310d416a314ee12bce5644e9d089a762eda2259b7ac77ab91cec361f433db",
        "store pin-sample/erased/head.json":
            "280890cfd0fa5de3a596cf4fe9770135ddb32f11d00e9a878eecb99d89beb59e",
        "store pin-sample/erased/history.jsonl":
            "854cd4ce759d2e2fc5e7a55a7103da5e64af93e164f1859cbdbc0a72d8340f99",
        "store pin-sample/erased/journal.jsonl":
            "ddd1eaa4b2eea1a982b169be90b65aab4a56793abb9084a0c94311088d0c6731",
        "store pin-sample/erased/snapshot.json":
            "cdc7553bb591eff8f223af0e2174db4cc78d7f42c395b56812d1ed0146d30c57",
    ]
}
