//! The network face of a live game: one HTTP server (the student page at `/`, the
//! WebSocket at `/ws`) on its own small runtime. It only carries messages: each one is
//! capped in size and rate, parsed, and handed to the room as a [`Cmd`]; nothing here
//! decides anything about the game.

use super::protocol::{parse_client, MAX_MESSAGE};
use super::room::{Cmd, ConnId};
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{ConnectInfo, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

/// The student page: one self-contained file, no outside resource.
const PAGE: &str = include_str!("page.html");
/// Messages a client may send in a burst.
const BURST: f64 = 20.0;
/// Messages a client may send per second, after a burst.
const RATE: f64 = 5.0;
/// Messages waiting for one slow client before it is dropped.
const QUEUE: usize = 64;
/// How long a closing connection waits for the client's goodbye.
const CLOSING: Duration = Duration::from_secs(1);

struct Shared {
    cmds: mpsc::Sender<Cmd>,
    next: AtomicU64,
    open: Arc<AtomicUsize>,
    max_conns: usize,
}

/// A running server.
pub struct Server {
    /// Where it listens.
    pub addr: SocketAddr,
    runtime: tokio::runtime::Runtime,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    open: Arc<AtomicUsize>,
}

/// Starts serving on `listen`, sending what students say to `cmds`; at most `max_conns`
/// connections at once.
pub fn start(
    listen: SocketAddr,
    cmds: mpsc::Sender<Cmd>,
    max_conns: usize,
) -> std::io::Result<Server> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let listener = runtime.block_on(tokio::net::TcpListener::bind(listen))?;
    let addr = listener.local_addr()?;
    let open = Arc::new(AtomicUsize::new(0));
    let shared = Arc::new(Shared {
        cmds,
        next: AtomicU64::new(1),
        open: Arc::clone(&open),
        max_conns,
    });
    let app = Router::new()
        .route("/", get(page))
        .route("/ws", get(upgrade))
        .with_state(shared);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    runtime.spawn(async move {
        let service = app.into_make_service_with_connect_info::<SocketAddr>();
        let _ = axum::serve(listener, service)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await;
    });
    Ok(Server {
        addr,
        runtime,
        stop: Some(stop),
        open,
    })
}

impl Server {
    /// Stops listening, after giving open connections up to `grace` to take their last
    /// messages; nothing listens once this returns.
    pub fn close(mut self, grace: Duration) {
        let until = Instant::now() + grace;
        while self.open.load(Ordering::SeqCst) > 0 && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(20));
        }
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.runtime.shutdown_timeout(Duration::from_millis(500));
    }
}

async fn page() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src data:",
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        PAGE,
    )
        .into_response()
}

async fn upgrade(
    ws: WebSocketUpgrade,
    State(shared): State<Arc<Shared>>,
    ConnectInfo(from): ConnectInfo<SocketAddr>,
) -> Response {
    if shared.open.load(Ordering::SeqCst) >= shared.max_conns {
        return (StatusCode::SERVICE_UNAVAILABLE, "the game is full").into_response();
    }
    shared.open.fetch_add(1, Ordering::SeqCst);
    ws.max_message_size(MAX_MESSAGE)
        .max_frame_size(MAX_MESSAGE)
        .on_upgrade(move |socket| async move {
            client(socket, from.ip(), &shared).await;
            shared.open.fetch_sub(1, Ordering::SeqCst);
        })
}

fn tell(shared: &Shared, cmd: Cmd) -> bool {
    shared.cmds.send(cmd).is_ok()
}

/// One student's connection: their messages to the room, the room's to them, until either
/// side lets go. A message too large, too frequent or not understood ends it.
async fn client(mut socket: WebSocket, ip: IpAddr, shared: &Shared) {
    let conn: ConnId = shared.next.fetch_add(1, Ordering::SeqCst);
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Arc<str>>(QUEUE);
    if !tell(shared, Cmd::Open { conn, ip, tx }) {
        return;
    }
    let mut bucket = (BURST, Instant::now());
    loop {
        tokio::select! {
            out = rx.recv() => match out {
                Some(text) => {
                    if socket.send(Message::Text(text.as_ref().into())).await.is_err() {
                        break;
                    }
                }
                None => break,
            },
            got = socket.recv() => match got {
                Some(Ok(Message::Text(text))) => {
                    let now = Instant::now();
                    let refill = now.duration_since(bucket.1).as_secs_f64() * RATE;
                    bucket = ((bucket.0 + refill).min(BURST) - 1.0, now);
                    let Some(msg) = (bucket.0 >= 0.0).then(|| parse_client(&text)).flatten() else {
                        break;
                    };
                    if !tell(shared, Cmd::Msg { conn, msg }) {
                        break;
                    }
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                _ => break,
            },
        }
    }
    // The closing handshake: say goodbye, then read until the client says it too (or a
    // moment passes). Closing with its messages unread would reset the connection, and a
    // reset can throw away what the client has not read yet: its last messages, the end.
    if socket.send(Message::Close(None)).await.is_ok() {
        let _ = tokio::time::timeout(CLOSING, async {
            while let Some(Ok(m)) = socket.recv().await {
                if matches!(m, Message::Close(_)) {
                    break;
                }
            }
        })
        .await;
    }
    tell(shared, Cmd::Closed { conn });
}

/// This machine's address on the local network, for the join link: the one a packet to
/// another network would leave from (no packet is sent). `None` without a network.
pub fn lan_ip() -> Option<IpAddr> {
    let socket = std::net::UdpSocket::bind("0.0.0.0:0").ok()?;
    socket.connect("192.0.2.1:9").ok()?;
    let ip = socket.local_addr().ok()?.ip();
    (!ip.is_unspecified()).then_some(ip)
}
