//! The one way the server creates a file that must survive a power cut.
//!
//! A file's bytes and its *name* are two separate things to the kernel: `fsync` on the
//! file makes the bytes durable, but the name lives in the folder, and a folder that was
//! never `fsync`'ed can come back after a power cut without it (and a folder just created
//! can come back without itself). So every file the server creates is written to a
//! temporary name in its final folder, `fsync`'ed, given its final name, and then the
//! folder is `fsync`'ed, and so is the parent of each folder that had to be created, up
//! to one that already existed. Only then does the caller hear "written", and only then
//! may it record the file anywhere (a database row, a message to the admin).
//!
//! The final name is given with a hard link rather than a rename: a link fails when the
//! name exists, so a file is never replaced (two servers creating the key file at once
//! cannot overwrite each other's key, and an upload name cannot clobber an older one).
//!
//! All file-system calls go through [`FileSystem`], so tests can record the calls and
//! fail or stop any one of them.

use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Files the server creates are for this user only; so are the folders it creates.
const FILE_MODE: u32 = 0o600;
const DIR_MODE: u32 = 0o700;

/// The operations a durable write needs. [`RealFs`] is the real one.
pub trait FileSystem: Send + Sync + fmt::Debug {
    /// Creates `path`, which must not exist yet, readable by this user only.
    fn create_new(&self, path: &Path) -> io::Result<Box<dyn NewFile>>;
    /// Gives the file at `from` the additional name `to`; fails if `to` exists.
    fn link(&self, from: &Path, to: &Path) -> io::Result<()>;
    fn remove_file(&self, path: &Path) -> io::Result<()>;
    /// Creates one folder (its parent exists), for this user only.
    fn create_dir(&self, path: &Path) -> io::Result<()>;
    fn is_dir(&self, path: &Path) -> bool;
    /// Makes the folder's entries (the names in it) durable.
    fn sync_dir(&self, path: &Path) -> io::Result<()>;
}

/// A file being written by [`FileSystem::create_new`].
pub trait NewFile: Write + Send {
    /// Makes the file's bytes durable (`fsync`), on the same descriptor that wrote them,
    /// so a write-back error cannot be missed.
    fn sync(&mut self) -> io::Result<()>;
}

/// The machine's file system.
#[derive(Debug, Clone, Copy, Default)]
pub struct RealFs;

impl NewFile for std::fs::File {
    fn sync(&mut self) -> io::Result<()> {
        self.sync_all()
    }
}

impl FileSystem for RealFs {
    fn create_new(&self, path: &Path) -> io::Result<Box<dyn NewFile>> {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(FILE_MODE);
        }
        Ok(Box::new(options.open(path)?))
    }

    fn link(&self, from: &Path, to: &Path) -> io::Result<()> {
        std::fs::hard_link(from, to)
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        std::fs::remove_file(path)
    }

    fn create_dir(&self, path: &Path) -> io::Result<()> {
        let mut builder = std::fs::DirBuilder::new();
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(DIR_MODE);
        }
        builder.create(path)
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }

    fn sync_dir(&self, path: &Path) -> io::Result<()> {
        // On Unix a folder opened read-only can be fsync'ed; elsewhere there is no such
        // call and the file system orders names itself.
        #[cfg(unix)]
        std::fs::File::open(path)?.sync_all()?;
        #[cfg(not(unix))]
        let _ = path;
        Ok(())
    }
}

/// The handle every file write goes through. Cheap to clone.
#[derive(Clone, Debug)]
pub struct DurableFiles {
    fs: Arc<dyn FileSystem>,
}

impl Default for DurableFiles {
    fn default() -> Self {
        DurableFiles::new(Arc::new(RealFs))
    }
}

/// The prefix of temporary names, so a leftover from a crash is recognisable (and never
/// mistaken for a stored file).
const TEMP_PREFIX: &str = ".tmp-";

/// Whether `name` is a temporary name this module makes.
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX)
}

fn temp_name(name: &str) -> String {
    format!(
        "{TEMP_PREFIX}{}-{name}",
        hex::encode(rand::random::<[u8; 8]>())
    )
}

impl DurableFiles {
    pub fn new(fs: Arc<dyn FileSystem>) -> DurableFiles {
        DurableFiles { fs }
    }

    /// Creates `dir/name` holding `bytes`, durably, and returns its path. The name must
    /// be new (`AlreadyExists` otherwise, and the existing file is untouched). Missing
    /// folders on the way are created. On error nothing of this call is left behind: no
    /// temporary file and no final name (created folders stay, empty).
    pub fn write_new(&self, dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
        let created = self.create_missing(dir)?;
        let path = dir.join(name);
        let temp = dir.join(temp_name(name));
        let mut published = false;
        let result = self.publish(&temp, &path, bytes, &mut published);
        let result = result.and_then(|()| self.sync_dirs(dir, &created));
        if let Err(err) = result {
            // Best effort: the error already says the file is not there.
            let _ = self.fs.remove_file(&temp);
            if published {
                let _ = self.fs.remove_file(&path);
            }
            return Err(err);
        }
        Ok(path)
    }

    /// Async callers: [`DurableFiles::write_new`] on a blocking thread, as `fsync` blocks.
    pub async fn write_new_blocking(
        &self,
        dir: PathBuf,
        name: String,
        bytes: Vec<u8>,
    ) -> io::Result<PathBuf> {
        let files = self.clone();
        tokio::task::spawn_blocking(move || files.write_new(&dir, &name, &bytes))
            .await
            .map_err(io::Error::other)?
    }

    /// Creates `dir` and any missing folder above it, durably (each new folder's parent
    /// is `fsync`'ed). An existing folder is fine.
    pub fn create_dirs(&self, dir: &Path) -> io::Result<()> {
        let created = self.create_missing(dir)?;
        for folder in &created {
            self.fs.sync_dir(&parent_of(folder))?;
        }
        Ok(())
    }

    /// Writes the temporary file, syncs it and gives it the final name; the temporary name
    /// is removed once the final one exists.
    fn publish(
        &self,
        temp: &Path,
        path: &Path,
        bytes: &[u8],
        published: &mut bool,
    ) -> io::Result<()> {
        let mut file = self.fs.create_new(temp)?;
        file.write_all(bytes)?;
        file.sync()?;
        drop(file);
        self.fs.link(temp, path)?;
        *published = true;
        self.fs.remove_file(temp)
    }

    /// `dir` itself (the new name and the removed temporary one), then the parent of every
    /// folder created for it.
    fn sync_dirs(&self, dir: &Path, created: &[PathBuf]) -> io::Result<()> {
        self.fs.sync_dir(dir)?;
        for folder in created {
            self.fs.sync_dir(&parent_of(folder))?;
        }
        Ok(())
    }

    /// Creates the folders of `dir` that do not exist, outermost first; returns them.
    fn create_missing(&self, dir: &Path) -> io::Result<Vec<PathBuf>> {
        let missing: Vec<&Path> = dir
            .ancestors()
            .filter(|p| !p.as_os_str().is_empty())
            .take_while(|p| !self.fs.is_dir(p))
            .collect();
        let mut created = Vec::new();
        for folder in missing.into_iter().rev() {
            match self.fs.create_dir(folder) {
                Ok(()) => created.push(folder.to_path_buf()),
                // Another process made it meanwhile: it syncs its parent, not us.
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => {}
                Err(err) => return Err(err),
            }
        }
        Ok(created)
    }
}

/// The folder holding `path`; `.` for a relative name without one.
fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temp_names_are_recognised() {
        let temp = temp_name("master.key");
        assert!(is_temp_name(&temp));
        assert!(temp.ends_with("-master.key"));
        assert!(!is_temp_name("master.key"));
        assert!(!is_temp_name("0a1b2c"));
    }

    #[test]
    fn the_parent_of_a_bare_name_is_the_working_folder() {
        assert_eq!(parent_of(Path::new("data")), PathBuf::from("."));
        assert_eq!(parent_of(Path::new("a/b")), PathBuf::from("a"));
        assert_eq!(parent_of(Path::new("/a")), PathBuf::from("/"));
    }
}
