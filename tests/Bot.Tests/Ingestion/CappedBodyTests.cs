using Bot.Ingestion;

namespace Bot.Tests.Ingestion;

public sealed class CappedBodyTests
{
    [Fact]
    public async Task ReadAsync_EndlessStream_StopsJustPastTheCap()
    {
        var endless = new EndlessStream();

        var body = await CappedBody.ReadAsync(endless, maxBytes: 1_000_000, expectedLength: null, CancellationToken.None);

        Assert.Null(body);
        Assert.InRange(endless.Served, 1_000_001, 1_000_000 + 81920);
    }

    [Fact]
    public async Task ReadAsync_BodyExactlyAtTheCap_ReturnsAllOfIt()
    {
        var bytes = Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray();

        var body = await CappedBody.ReadAsync(new MemoryStream(bytes), maxBytes: 1000, expectedLength: 1000, CancellationToken.None);

        Assert.Equal(bytes, body);
    }

    [Fact]
    public async Task ReadAsync_OneByteOverTheCap_ReturnsNull()
    {
        var body = await CappedBody.ReadAsync(new MemoryStream(new byte[1001]), maxBytes: 1000, expectedLength: null, CancellationToken.None);

        Assert.Null(body);
    }

    [Fact]
    public async Task ReadAsync_ContentLengthUnderstated_StillReadsTheWholeBody()
    {
        var bytes = new byte[300_000];
        Array.Fill(bytes, (byte)'x');

        var body = await CappedBody.ReadAsync(new MemoryStream(bytes), maxBytes: 1_000_000, expectedLength: 10, CancellationToken.None);

        Assert.Equal(300_000, body!.Length);
    }

    /// <summary>An infinite body that counts what it handed out.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
