/** copy_files: the host's files placed in the image for provisioning; the image's own come back. */
import { restoreCopiedFiles, type CopiedFiles } from '../../host/copy-files.js'
import type { ResourceModule } from './resource.js'

export interface CopiedFilesResource {
  kind: 'copied-files'
  undo: CopiedFiles
}

export const copiedFiles: ResourceModule<CopiedFilesResource> = {
  describe: () => 'copied-files',
  undo: (resource, { host }) => restoreCopiedFiles(host, resource.undo)
}
