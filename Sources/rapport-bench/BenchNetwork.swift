import Foundation
import PeerNetwork
import PeerStore

/// The network the benchmark measures: names as varied as a real network's (100 first names by
/// 100 surnames, so a name typed in a quick-log line matches a few people, not all of them),
/// teams, tags, stances and ratings spread evenly, and three years of history with one to three
/// colleagues an exchange.
enum BenchNetwork {
    static let firstNames = """
        Aaliyah Aaron Abigail Adam Aisha Alejandro Alice Amara Amir Ana Andrei Anna Arjun Ava Ben Bianca Carlos Chen Chloe Daniel
        Dana Diego Dmitri Elena Eli Emma Erik Fatima Felix Fiona Gabriel Grace Hana Hassan Hiroshi Ines Isaac Ivan Jade James
        Javier Jin Jonas Julia Kai Kamal Karin Kenji Lara Leo Lina Luca Lucia Maya Mei Mia Mohammed Nadia Nia Noah
        Nora Olga Omar Oscar Paula Pedro Priya Quinn Rafael Rania Ravi Rosa Ruth Sam Sana Sara Sofia Tariq Tess Theo
        Tomas Uma Valentina Victor Wei Will Xena Yara Yusuf Zara Zoe Ada Bruno Cora Dev Esme Finn Gia Hugo Iris
        """.split(whereSeparator: \.isWhitespace).map(String.init)
    static let surnames = """
        Adler Baker Banerjee Berg Brown Carter Castillo Chen Cohen Costa Cruz Dubois Eriksen Evans Fischer Garcia Gupta Haddad Hall Hansen
        Hoffmann Ibrahim Ivanova Jensen Johansson Kaur Kim Kowalczyk Kumar Laurent Lee Lim Lopez Martin Meyer Moreau Murphy Nakamura Nguyen Novak
        Okafor Olsen Ortiz Park Patel Perez Petrov Quinn Rahman Ramos Reyes Rossi Russo Sato Schmidt Scott Silva Singh Smith Sousa
        Suzuki Tanaka Taylor Thomas Torres Tran Vargas Walker Wang Weber Whitfield Williams Wilson Wong Wright Xu Yamamoto Yilmaz Young Zhang
        Ali Bauer Conti Diaz Ekström Fontaine Grant Horvat Ito Jovanovic Keller Larsen Mendes Nowak Osei Price Quintero Rojas Sharma Varga
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    static func name(_ index: Int) -> String {
        let name = firstNames[index % firstNames.count] + " " + surnames[index / firstNames.count % surnames.count]
        return index < firstNames.count * surnames.count ? name : name + " \(index)"
    }

    /// Fills an empty database, in one transaction.
    static func generate(_ database: AppDatabase, colleagues: Int, interactions: Int, now: Date) throws {
        var generator = SystemRandomNumberGenerator()
        let teams = ["Finance", "Sales", "Engineering", "Legal", "Marketing", "Operations", "People", "Support"]
        let people = (0..<colleagues).map { index in
            let ratings = Ratings(vital: 1 + index % 5, frequency: 1 + (index / 5) % 5, quality: 1 + (index / 25) % 5, trust: 1 + (index / 7) % 5)
            let stance = Stance.allCases[index % Stance.allCases.count]
            return NetworkArchive.Person(
                colleague: Colleague(
                    id: ColleagueID(index + 1), name: name(index), team: teams[index % teams.count], tags: index.isMultiple(of: 10) ? ["exec"] : [],
                    stance: stance, ratings: ratings, ratedAt: now),
                createdAt: now, importedAt: nil,
                ratingHistory: RatingDimension.allCases.compactMap { dimension in
                    ratings[dimension].map { RatingChange(dimension: dimension, value: $0, changedAt: now) }
                },
                stanceHistory: stance == .unknown ? [] : [StanceChange(stance: stance, changedAt: now)])
        }
        let log = (0..<interactions).map { index in
            let with = (0..<Int.random(in: 1...3, using: &generator)).map { _ in Int64.random(in: 1...Int64(colleagues), using: &generator) }
            return Interaction(
                id: InteractionID(index + 1), occurredAt: now.addingTimeInterval(-Double.random(in: 0..<(3 * 365 * 86_400), using: &generator)),
                colleagueIDs: with, direction: Direction.allCases.randomElement(using: &generator)!,
                kind: InteractionKind.allCases.randomElement(using: &generator)!,
                minutes: Bool.random(using: &generator) ? Int.random(in: 5...120, using: &generator) : nil, note: "benchmark note")
        }
        try database.restore(NetworkArchive(people: people, interactions: log, weeklyBudgetHours: 4))
    }

    /// The first name in the list's order: on the first frame of Rapport and abook alike.
    static func firstListed(colleagues: Int) -> String {
        (0..<colleagues).map(name).min { $0.lowercased() < $1.lowercased() } ?? ""
    }
}
