using System.Buffers;
using System.Net;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace IopFinder.Web.Tests.Manage;

/// <summary>A real SMTP server (the SmtpServer package) on a free loopback port; every message it receives is kept for the test to read.</summary>
public sealed class SmtpCapture : IAsyncDisposable
{
    private readonly Channel<MimeMessage> _received = Channel.CreateUnbounded<MimeMessage>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    /// <param name="port">The port to listen on (a test restarts a stopped server on its old port); a free one when null.</param>
    public SmtpCapture(int? port = null)
    {
        Port = port ?? Shared.LoopbackPort.Free();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(_received.Writer));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Messages received so far and not yet read.</summary>
    public int Waiting => _received.Reader.Count;

    /// <summary>The next message; fails the test if none comes within a generous bound (a hang guard, not a timing assertion).</summary>
    public async Task<MimeMessage> NextAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _received.Reader.ReadAsync(guard.Token);
    }

    /// <summary>Stops the server (a test may stop it early to see the site without mail); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested) return;
        await _stop.CancelAsync();
        try { await _running; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private sealed class Store(ChannelWriter<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            await received.WriteAsync(await MimeMessage.LoadAsync(stream, cancellationToken), cancellationToken);
            return SmtpResponse.Ok;
        }
    }
}
