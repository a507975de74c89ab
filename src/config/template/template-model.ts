/**
 * What the action takes from a Packer template, JSON or HCL2, once its variables are resolved and
 * its builder or source chosen: the builder's options and the build's provisioners and
 * post-processors in template order. Both template readers produce this; the provisioning reads
 * only this, so it does not care which form the template had.
 */

/** A place in a template, for messages: "build.pkr.hcl:12" or "packer.json provisioners[1]". */
export type TemplateLocation = string

/** A provisioner block that applies to the chosen source (`only` / `except` already applied). */
export interface TemplateProvisioner {
  /** Packer's provisioner type: shell, file, shell-local, ansible, ... */
  type: string
  at: TemplateLocation
  /** Its settings, keys as Packer spells them, values with variables substituted. */
  settings: Record<string, unknown>
}

/** A post-processor the template declares; none is run by the action. */
export interface TemplatePostProcessor {
  type: string
  at: TemplateLocation
}

/** Which builder (JSON) or source (HCL2) was chosen: Packer's build_type and build_name. */
export interface TemplateBuilder {
  /** osc-chroot or outscale-chroot */
  type: string
  /** The builder's name (its type when unnamed) or the source block's name. */
  name: string
}

export interface ReadTemplate {
  /** The chosen builder's (JSON) or source's (HCL2) options, keys as the action's inputs. */
  builderOptions: Record<string, unknown>
  builder: TemplateBuilder
  provisioners: TemplateProvisioner[]
  postProcessors: TemplatePostProcessor[]
}
