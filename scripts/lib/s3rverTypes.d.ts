// s3rver ships no types; this is the part of its API the tests and the bench use.
declare module 's3rver' {
  type Options = {
    port?: number
    address?: string
    directory: string
    silent?: boolean
    resetOnClose?: boolean
    configureBuckets?: { name: string; configs: string[] }[]
  }
  export default class S3rver {
    constructor(options: Options)
    run(): Promise<{ address: string; port: number }>
    close(): Promise<void>
  }
}
