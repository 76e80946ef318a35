// The drop zone's drag-and-drop for <resume-upload>: the host's `dragging` attribute while a
// drag is over the zone, and what was dropped — files, folders (refused), or no files at all.

export interface DropConfig {
  /** True while the element is disabled: drops are refused and no drag state shows. */
  off(): boolean;
  files(files: File[], folders: Set<File>): void;
  /** Something that is not a file was dropped (text, a link). */
  notFiles(): void;
}

/** Listeners for the zone: bind `dragenter`/`dragover` to `over`, `dragleave` to `leave`, `drop` to `drop`. */
export class DropController {
  constructor(
    readonly host: HTMLElement,
    readonly config: DropConfig,
  ) {}

  over = (e: DragEvent): void => {
    e.preventDefault();
    const off = this.config.off();
    if (e.dataTransfer) e.dataTransfer.dropEffect = off ? 'none' : 'copy';
    this.host.toggleAttribute('dragging', !off);
  };

  leave = (e: DragEvent): void => {
    const zone = e.currentTarget as HTMLElement;
    if (!zone.contains(e.relatedTarget as Node | null))
      this.host.toggleAttribute('dragging', false);
  };

  drop = (e: DragEvent): void => {
    e.preventDefault();
    this.host.toggleAttribute('dragging', false);
    const dt = e.dataTransfer;
    if (this.config.off() || !dt) return;
    const files = Array.from(dt.files);
    if (!files.length) return this.config.notFiles();
    // Entries must be read during the drop event; a folder arrives as a File that can't be read.
    const items = Array.from(dt.items).filter((i) => i.kind === 'file');
    this.config.files(
      files,
      new Set(files.filter((_, i) => items[i]?.webkitGetAsEntry?.()?.isDirectory)),
    );
  };
}
