/** The flow the app shows. */
export { mynaportalFlow as flow } from './mynaportal'
