//! A real file system that records every call the durable write makes and can fail or
//! "crash" at one of them, so tests can see that the file and its folder were synced, in
//! order, and what a crash at any point leaves on disk.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use workvoice_store::{FileSystem, NewFile, RealFs};

/// One call, with the path it was made on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FsCall {
    CreateNew(PathBuf),
    Write(PathBuf),
    SyncFile(PathBuf),
    Link { from: PathBuf, to: PathBuf },
    Remove(PathBuf),
    CreateDir(PathBuf),
    SyncDir(PathBuf),
}

/// Which kind of call a fault hits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    CreateNew,
    Write,
    SyncFile,
    Link,
    Remove,
    CreateDir,
    SyncDir,
}

impl FsCall {
    pub fn op(&self) -> Op {
        match self {
            FsCall::CreateNew(_) => Op::CreateNew,
            FsCall::Write(_) => Op::Write,
            FsCall::SyncFile(_) => Op::SyncFile,
            FsCall::Link { .. } => Op::Link,
            FsCall::Remove(_) => Op::Remove,
            FsCall::CreateDir(_) => Op::CreateDir,
            FsCall::SyncDir(_) => Op::SyncDir,
        }
    }
}

/// What happens at the first call of an [`Op`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The call fails with an I/O error (once; later calls work again).
    Fail(Op),
    /// The process "dies" just before the call: it panics, so nothing after it runs, not
    /// even the writer's own clean-up. Whatever was on disk by then stays.
    Crash(Op),
}

#[derive(Debug, Default)]
struct State {
    calls: Vec<FsCall>,
    fault: Option<Fault>,
}

/// Cheap to clone; clones share their record.
#[derive(Debug, Clone, Default)]
pub struct RecordingFs {
    state: Arc<Mutex<State>>,
}

impl RecordingFs {
    pub fn new() -> RecordingFs {
        RecordingFs::default()
    }

    /// Arms `fault` for the next call of its kind.
    pub fn inject(&self, fault: Fault) {
        self.lock().fault = Some(fault);
    }

    /// Every call so far, in order.
    pub fn calls(&self) -> Vec<FsCall> {
        self.lock().calls.clone()
    }

    pub fn clear(&self) {
        self.lock().calls.clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A crash injected on another thread poisons nothing worth refusing.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Records `call`, then fails or crashes if a fault is armed for its kind.
    fn enter(&self, call: FsCall) -> io::Result<()> {
        let op = call.op();
        let mut state = self.lock();
        let fault = state.fault;
        match fault {
            Some(Fault::Crash(at)) if at == op => {
                state.fault = None;
                drop(state);
                panic!("injected crash before {op:?}");
            }
            Some(Fault::Fail(at)) if at == op => {
                state.fault = None;
                state.calls.push(call);
                Err(io::Error::other(format!("injected failure of {op:?}")))
            }
            _ => {
                state.calls.push(call);
                Ok(())
            }
        }
    }
}

struct RecordingFile {
    inner: Box<dyn NewFile>,
    path: PathBuf,
    fs: RecordingFs,
}

impl Write for RecordingFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.fs.enter(FsCall::Write(self.path.clone()))?;
        self.inner.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl NewFile for RecordingFile {
    fn sync(&mut self) -> io::Result<()> {
        self.fs.enter(FsCall::SyncFile(self.path.clone()))?;
        self.inner.sync()
    }
}

impl FileSystem for RecordingFs {
    fn create_new(&self, path: &Path) -> io::Result<Box<dyn NewFile>> {
        self.enter(FsCall::CreateNew(path.into()))?;
        Ok(Box::new(RecordingFile {
            inner: RealFs.create_new(path)?,
            path: path.into(),
            fs: self.clone(),
        }))
    }

    fn link(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.enter(FsCall::Link {
            from: from.into(),
            to: to.into(),
        })?;
        RealFs.link(from, to)
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        self.enter(FsCall::Remove(path.into()))?;
        RealFs.remove_file(path)
    }

    fn create_dir(&self, path: &Path) -> io::Result<()> {
        self.enter(FsCall::CreateDir(path.into()))?;
        RealFs.create_dir(path)
    }

    fn is_dir(&self, path: &Path) -> bool {
        RealFs.is_dir(path)
    }

    fn sync_dir(&self, path: &Path) -> io::Result<()> {
        self.enter(FsCall::SyncDir(path.into()))?;
        RealFs.sync_dir(path)
    }
}
