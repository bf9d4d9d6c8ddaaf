/// Splits the sorted key space of an index into shards of about equal size,
/// so that a query fetches only the few shards that hold its words.
///
/// Keys are taken in ``SearchKeyOrder``; a shard is closed before the key
/// that would take it past the target size. A key with a long posting list
/// may make a shard of its own. The bounds (the first key of every shard
/// but the first) go into the manifest; the browser finds a key's shard by
/// binary search.
struct ShardPlan: Equatable, Sendable {
    /// The first key of each shard; the first shard starts at "".
    var bounds: [String]
    /// The keys of each shard, in order.
    var shards: [[String]]

    /// Shards are about `total / 32` bytes, but at least 4 kB and at most 16 kB.
    static func targetSize(total: Int) -> Int {
        max(4_096, min(16_384, total / 32))
    }

    init(keys: [String], size: (String) -> Int) {
        let sorted = SearchKeyOrder.order(keys).map { keys[$0] }
        self.init(sorted: sorted, sizes: sorted.map(size))
    }

    /// A plan for keys already in ``SearchKeyOrder``, with their sizes.
    init(sorted: [String], sizes: [Int]) {
        let target = Self.targetSize(total: sizes.reduce(0, +))
        var shards: [[String]] = []
        var current: [String] = []
        var currentSize = 0
        for (key, keySize) in zip(sorted, sizes) {
            if !current.isEmpty, currentSize + keySize > target {
                shards.append(current)
                current = []
                currentSize = 0
            }
            current.append(key)
            currentSize += keySize
        }
        if !current.isEmpty || shards.isEmpty { shards.append(current) }
        self.shards = shards
        bounds = [""] + shards.dropFirst().map { $0[0] }
    }

    /// The shard that holds `key`.
    func shard(for key: String) -> Int {
        var low = 0, high = bounds.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if SearchKeyOrder.less(key, bounds[middle]) { high = middle - 1 } else { low = middle }
        }
        return low
    }
}
