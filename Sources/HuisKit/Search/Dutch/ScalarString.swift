extension String {
    /// The string of `scalars`, encoded as UTF-8 in one pass.
    ///
    /// Appending scalars one by one to a `String.UnicodeScalarView` costs
    /// hundreds of instructions per scalar; the analysis makes a string of
    /// every word it folds, stems or splits.
    init<Scalars: Collection<Unicode.Scalar>>(scalars: Scalars) {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: length) { buffer in
            var index = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[index] = UInt8(value)
                    index += 1
                } else if value < 0x800 {
                    buffer[index] = UInt8(0xC0 | value >> 6)
                    buffer[index + 1] = UInt8(0x80 | value & 0x3F)
                    index += 2
                } else if value < 0x1_0000 {
                    buffer[index] = UInt8(0xE0 | value >> 12)
                    buffer[index + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
                    buffer[index + 2] = UInt8(0x80 | value & 0x3F)
                    index += 3
                } else {
                    buffer[index] = UInt8(0xF0 | value >> 18)
                    buffer[index + 1] = UInt8(0x80 | (value >> 12) & 0x3F)
                    buffer[index + 2] = UInt8(0x80 | (value >> 6) & 0x3F)
                    buffer[index + 3] = UInt8(0x80 | value & 0x3F)
                    index += 4
                }
            }
            return index
        }
    }
}
