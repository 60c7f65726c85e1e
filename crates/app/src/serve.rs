//! `workvoice serve`.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::{Context, Result};
use workvoice_channels::voice::TwilioCaller;
use workvoice_channels::{
    EscalationJob, KannelSender, OrphanSweep, OutboxDelivery, RetentionJob, Runner, SurveyCalls,
};
use workvoice_web::{AppState, ChannelChecks, SystemClock, WebConfig};

use crate::settings::{Settings, Voice};
use crate::{admin, demo, open};

#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on [env: WORKVOICE_LISTEN] [default: 127.0.0.1:8080]
    #[arg(long)]
    listen: Option<String>,
    /// Fill an empty database with demo data first and print the demo logins
    #[arg(long)]
    demo: bool,
}

fn init_logging(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("WORKVOICE_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn,tower_http=warn"));
    // A span's close event carries its duration (`time.busy`, `time.idle`): with
    // `WORKVOICE_LOG=workvoice_store=debug` every store call is logged with its ids and time.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::CLOSE);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

pub async fn serve(settings: Settings, args: ServeArgs) -> Result<()> {
    init_logging(settings.log_json);
    // A wrong gateway setting stops the start before anything is created.
    let listen = args.listen.unwrap_or_else(|| settings.listen.clone());
    let kannel = settings.kannel(&listen)?;
    let voice = settings.voice()?;
    let time_zone = settings.zone()?;
    let store = open::open_store(&settings).await?;
    if args.demo {
        demo::fill_if_empty(&store, &settings.data_dir.join("attachments")).await?;
    }
    admin::first_start(&store).await?;
    let config = WebConfig {
        secure_cookies: settings.secure_cookies,
        time_zone,
        default_country: settings.country()?,
        attachments_dir: settings.data_dir.join("attachments"),
        kannel_secret: kannel.as_ref().map(|_| settings.kannel_secret.clone()),
        voice: voice.as_ref().map(|v| v.webhooks.clone()),
        channel_checks: ChannelChecks {
            kannel: kannel.as_ref().map(|k| k.sendsms_url.clone()),
            voice_api: voice
                .as_ref()
                .and_then(|v| v.calls.as_ref())
                .map(|c| c.calls_url.clone()),
        },
        hsts: settings.hsts,
        request_timeout: std::time::Duration::from_secs(settings.request_timeout_secs.max(1)),
        totp_issuer: settings.totp_issuer.clone(),
        suppression_min: settings.suppression_min,
        ..WebConfig::default()
    };
    let state = AppState {
        store,
        clock: Arc::new(SystemClock),
        config: Arc::new(config),
    };
    // Every server runs the background jobs; each job's lease in the database lets one
    // server run it at a time.
    let jobs = Runner::new(state.store.clone()).with_lease(std::time::Duration::from_secs(
        settings.job_lease_secs.clamp(5, 3600),
    ));
    let every = settings.escalation_interval_secs.clamp(1, 240);
    let mut loops = vec![jobs.spawn(EscalationJob::every(std::time::Duration::from_secs(every)))];
    // Its first run is at start: files a crash left without a row go within the hour.
    loops.push(jobs.spawn(OrphanSweep::of(state.config.attachments_dir.clone())));
    loops.push(jobs.spawn(RetentionJob::of(state.config.attachments_dir.clone())));
    // Outbox delivery only with a gateway: without one, queued SMS stay queued (visible
    // on their case and on /admin/outbox) and go out once Kannel is configured.
    if let Some(kannel) = kannel {
        let text: workvoice_channels::SmsText =
            Arc::new(workvoice_web::channels::sms_text::sms_text);
        let sender = KannelSender::new(kannel, text).context("setting up the Kannel sender")?;
        loops.push(jobs.spawn(OutboxDelivery::new(sender)));
    }
    // Survey calls only with the provider's API: without it, surveys wait (shown on the
    // case page) and SMS surveys still go through the outbox.
    if let Some(Voice {
        webhooks,
        calls: Some(calls),
    }) = voice
    {
        let caller = TwilioCaller::new(calls).context("setting up the survey caller")?;
        loops.push(jobs.spawn(SurveyCalls::new(
            caller,
            format!("{}/voice", webhooks.public_origin),
        )));
    }
    let listener = tokio::net::TcpListener::bind(&listen)
        .await
        .with_context(|| format!("listening on {listen}"))?;
    let addr = listener.local_addr()?;
    println!(
        "Workvoice is serving on http://{addr} (database: {})",
        open::redact_url(&settings.database_url())
    );
    axum::serve(
        listener,
        workvoice_web::router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown())
    .await?;
    // In-flight requests are answered; now the jobs finish what they are doing and give
    // their leases back, so another server carries on at once.
    jobs.stop(loops)
        .await
        .context("releasing the background jobs' leases")?;
    Ok(())
}

async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
