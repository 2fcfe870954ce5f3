using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsParsing.Warc;

/// <summary>
/// Reads WARC records one at a time from a plain or gzip-compressed stream (Common Crawl writes
/// one gzip member per record). Damage is reported as a <see cref="WarcProblem"/> and skipped:
/// a malformed header resynchronises on the next "WARC/" line, a corrupt gzip member on the
/// next member that starts a record, and a truncated record ends the file. Memory use is one
/// record at a time.
/// </summary>
/// <example>
/// <code>
/// using var reader = WarcReader.Open("CC-NEWS-20240601.warc.gz");
/// foreach (var entry in reader.Read())
/// {
///     if (entry.Record is { Type: "response" } record &amp;&amp; record.ReadHttpResponse() is { } http)
///         Console.WriteLine($"{record.TargetUri}: {http.StatusCode} {http.MediaType}");
/// }
/// </code>
/// </example>
public sealed class WarcReader : IDisposable
{
    private const int RecentIds = 256;
    private readonly Stream _raw;
    private readonly bool _gzip;
    private readonly bool _leaveOpen;
    private readonly CountingStream _counted;
    private readonly Queue<string> _recent = new();
    private readonly HashSet<string> _recentSet = new(StringComparer.Ordinal);
    private long _lastCandidate = -1;

    /// <summary>Reads from a stream; <paramref name="gzip"/> says whether it is gzip-compressed.</summary>
    /// <param name="stream">The WARC data. Resynchronising after a corrupt gzip member needs a seekable stream.</param>
    /// <param name="gzip">True for .warc.gz.</param>
    /// <param name="leaveOpen">Leave <paramref name="stream"/> open when the reader is disposed.</param>
    public WarcReader(Stream stream, bool gzip, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _raw = stream;
        _gzip = gzip;
        _leaveOpen = leaveOpen;
        _counted = new CountingStream(stream);
    }

    /// <summary>Largest content block accepted (default 64 MiB); larger records are skipped and reported.</summary>
    public long MaxBlockLength { get; init; } = 64L * 1024 * 1024;

    /// <summary>Bytes of the underlying (compressed) stream consumed so far, for progress reports.</summary>
    public long Position => _counted.Consumed;

    /// <summary>Opens a file; gzip is recognised by its magic bytes, whatever the name.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static WarcReader Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            Span<byte> magic = stackalloc byte[2];
            int n = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
            stream.Position = 0;
            return new WarcReader(stream, gzip: n == 2 && magic[0] == 0x1F && magic[1] == 0x8B);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Reads the records and problems in file order. Enumerate once.</summary>
    public IEnumerable<WarcEntry> Read()
    {
        int index = 0;
        var source = new ByteSource(_gzip ? new GZipStream(_counted, CompressionMode.Decompress, leaveOpen: true) : _counted);
        while (true)
        {
            WarcEntry? entry;
            bool end;
            try
            {
                (entry, end) = ReadOne(source, index);
            }
            catch (InvalidDataException ex) when (_gzip)
            {
                // A corrupt member: the record in it is lost; go on at the next member that starts a record.
                entry = new WarcEntry(null, new WarcProblem(index, FormattableString.Invariant($"corrupt gzip data near byte {_counted.Consumed:N0} ({ex.Message}); skipped to the next record")));
                var next = Resync();
                end = next is null;
                if (next is not null)
                {
                    source = next;
                }
            }

            if (entry is { } e)
            {
                if (e.Record is { RecordId: { } id })
                {
                    if (!_recentSet.Add(id))
                    {
                        continue; // already read before a resynchronisation went back over it
                    }

                    _recent.Enqueue(id);
                    if (_recent.Count > RecentIds)
                    {
                        _recentSet.Remove(_recent.Dequeue());
                    }
                }

                index++;
                yield return e;
            }

            if (end)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_leaveOpen)
        {
            _raw.Dispose();
        }
    }

    private (WarcEntry? Entry, bool End) ReadOne(ByteSource source, int index)
    {
        string? line;
        do
        {
            line = source.ReadLine();
            if (line is null)
            {
                return (null, true);
            }
        }
        while (line.Length == 0);

        if (!line.StartsWith("WARC/", StringComparison.Ordinal))
        {
            // Not a record start: skip to the next line that is one (read on the next call).
            long skipped = 1 + SkipToNextRecord(source, out bool atEnd);
            return (new WarcEntry(null, new WarcProblem(index, FormattableString.Invariant($"malformed data where a record should start ({skipped:N0} line(s) skipped to the next 'WARC/' line)"))), atEnd);
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastName = null;
        while (true)
        {
            var h = source.ReadLine();
            if (h is null)
            {
                return (new WarcEntry(null, Problem(index, "truncated: the file ends inside the record header", headers)), true);
            }

            if (h.Length == 0)
            {
                break;
            }

            if ((h[0] == ' ' || h[0] == '\t') && lastName is not null)
            {
                headers[lastName] += " " + h.Trim(); // folded continuation line
                continue;
            }

            int colon = h.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                long skipped = 1 + SkipToNextRecord(source, out bool atEnd);
                return (new WarcEntry(null, Problem(index, FormattableString.Invariant($"malformed header line '{Shorten(h)}'; {skipped:N0} line(s) skipped to the next record"), headers)), atEnd);
            }

            lastName = h[..colon].Trim();
            headers.TryAdd(lastName, h[(colon + 1)..].Trim());
        }

        if (!headers.TryGetValue("Content-Length", out var lengthText)
            || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out long length))
        {
            long skipped = SkipToNextRecord(source, out bool atEnd);
            return (new WarcEntry(null, Problem(index, FormattableString.Invariant($"missing or invalid Content-Length; {skipped:N0} line(s) skipped to the next record"), headers)), atEnd);
        }

        if (length > MaxBlockLength)
        {
            long skippedBytes = source.Skip(length);
            return skippedBytes < length
                ? (new WarcEntry(null, Problem(index, FormattableString.Invariant($"truncated: the file ends inside a block of {length:N0} bytes"), headers)), true)
                : (new WarcEntry(null, Problem(index, FormattableString.Invariant($"block of {length:N0} bytes is larger than the limit of {MaxBlockLength:N0}; skipped"), headers)), false);
        }

        var block = new byte[length];
        int read = source.ReadExactly(block);
        if (read < length)
        {
            return (new WarcEntry(null, Problem(index, FormattableString.Invariant($"truncated: the block has {read:N0} of its {length:N0} bytes"), headers)), true);
        }

        return (new WarcEntry(new WarcRecord(index, line, headers, block), null), false);
    }

    /// <summary>Skips lines up to the next "WARC/1." line, which is pushed back; returns the lines skipped.</summary>
    private static long SkipToNextRecord(ByteSource source, out bool atEnd)
    {
        long skipped = 0;
        while (source.ReadLine() is { } line)
        {
            if (line.StartsWith("WARC/1.", StringComparison.Ordinal))
            {
                source.PushBackLine(line);
                atEnd = false;
                return skipped;
            }

            skipped++;
        }

        atEnd = true;
        return skipped;
    }

    private static WarcProblem Problem(int index, string message, Dictionary<string, string> headers) =>
        new(index, message, headers.GetValueOrDefault("WARC-Record-ID"), headers.GetValueOrDefault("WARC-Target-URI"));

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";

    /// <summary>Finds the next gzip member after the damage whose data starts with "WARC/".</summary>
    private ByteSource? Resync()
    {
        if (!_raw.CanSeek)
        {
            return null;
        }

        // The damage is in the last buffer the decompressor pulled, so the next member starts after its start.
        long from = Math.Max(_lastCandidate + 1, _counted.Consumed - _counted.LastRead);
        var buffer = new byte[1 << 16];
        while (true)
        {
            _raw.Position = from;
            int n = _raw.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (n < 3)
            {
                return null;
            }

            int hit = -1;
            for (int i = 0; i + 2 < n; i++)
            {
                if (buffer[i] == 0x1F && buffer[i + 1] == 0x8B && buffer[i + 2] == 0x08)
                {
                    hit = i;
                    break;
                }
            }

            if (hit < 0)
            {
                from += n - 2;
                continue;
            }

            long candidate = from + hit;
            _lastCandidate = candidate;
            from = candidate + 1;

            // The decompressor pulls whole buffers, so the scan starts a little before the damage:
            // a candidate is taken only if its first record is one not yet read (members before
            // the damaged one are skipped, the damaged one fails again, false starts fail).
            if (FirstRecordIsNew(candidate))
            {
                _raw.Position = candidate;
                _counted.Reset(candidate);
                return new ByteSource(new GZipStream(_counted, CompressionMode.Decompress, leaveOpen: true));
            }
        }
    }

    private bool FirstRecordIsNew(long candidate)
    {
        _raw.Position = candidate;
        _counted.Reset(candidate);
        try
        {
            var source = new ByteSource(new GZipStream(_counted, CompressionMode.Decompress, leaveOpen: true));
            if (!source.StartsWith("WARC/"u8))
            {
                return false;
            }

            var (entry, _) = ReadOne(source, 0);
            return entry?.Record is { } record && (record.RecordId is not { } id || !_recentSet.Contains(id));
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>Counts what the decompressor pulls from the file (for progress and resynchronisation).</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long Consumed { get; private set; }

        public int LastRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => Consumed;
            set => throw new NotSupportedException();
        }

        public void Reset(long position)
        {
            Consumed = position;
            LastRead = 0;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = inner.Read(buffer);
            Consumed += n;
            LastRead = n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A buffered byte reader with line reading, exact reads and a pushed-back line.</summary>
    private sealed class ByteSource(Stream stream)
    {
        private const int MaxLine = 64 * 1024;
        private readonly byte[] _buffer = new byte[1 << 16];
        private int _start;
        private int _end;
        private string? _pushed;

        public void PushBackLine(string line) => _pushed = line;

        public bool StartsWith(ReadOnlySpan<byte> prefix)
        {
            while (_end - _start < prefix.Length)
            {
                if (!Fill())
                {
                    return false;
                }
            }

            return _buffer.AsSpan(_start, prefix.Length).SequenceEqual(prefix);
        }

        /// <summary>A line without its CR LF (Latin-1, as WARC headers are ASCII), or null at the end.</summary>
        public string? ReadLine()
        {
            if (_pushed is { } p)
            {
                _pushed = null;
                return p;
            }

            var line = new StringBuilder();
            while (true)
            {
                if (_start == _end && !Fill())
                {
                    return line.Length == 0 ? null : line.ToString();
                }

                var span = _buffer.AsSpan(_start, _end - _start);
                int nl = span.IndexOf((byte)'\n');
                var part = nl >= 0 ? span[..nl] : span;
                if (line.Length < MaxLine)
                {
                    line.Append(Encoding.Latin1.GetString(part[..Math.Min(part.Length, MaxLine - line.Length)]));
                }

                if (nl >= 0)
                {
                    _start += nl + 1;
                    if (line.Length > 0 && line[^1] == '\r')
                    {
                        line.Length--;
                    }

                    return line.ToString();
                }

                _start = _end;
            }
        }

        public int ReadExactly(Span<byte> target)
        {
            int done = 0;
            while (done < target.Length)
            {
                if (_start == _end && !Fill())
                {
                    break;
                }

                int n = Math.Min(target.Length - done, _end - _start);
                _buffer.AsSpan(_start, n).CopyTo(target[done..]);
                _start += n;
                done += n;
            }

            return done;
        }

        public long Skip(long count)
        {
            long done = 0;
            while (done < count)
            {
                if (_start == _end && !Fill())
                {
                    break;
                }

                int n = (int)Math.Min(count - done, _end - _start);
                _start += n;
                done += n;
            }

            return done;
        }

        private bool Fill()
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                return true;
            }

            int n = stream.Read(_buffer, _end, _buffer.Length - _end);
            _end += n;
            return n > 0;
        }
    }
}
